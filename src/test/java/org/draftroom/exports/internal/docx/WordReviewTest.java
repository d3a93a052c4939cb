package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.SeedTexts;

/**
 * The marked DOCX of the seed ToR in LibreOffice (headless, driven through UNO by src/test/resources/libreoffice/
 * review.py): Reject All must give the text without any proposal or attribution, Accept All every proposal's
 * wording. Needs libreoffice-writer-nogui and python3-uno.
 */
class WordReviewTest {
    private static final Names NAMES = Names.of(SeedTexts.REGISTRY);
    private static final Path DIR = Path.of("target", "word-review");
    private static NegotiationDocument tor;
    private static String rejected;
    private static String accepted;
    private static String comments;

    @BeforeAll
    static void review() throws Exception {
        tor = SeedTexts.tor3415();
        ReviewFacts facts = ReviewFacts.of(List.of(tor), NAMES, Map.of(), Instant.parse("2021-12-23T00:00:00Z"));
        byte[] docx = new DocxWriter(facts).write(RenditionBuilder.rendition(tor, NAMES, Mode.TRACKED));
        Files.createDirectories(DIR);
        Path in = DIR.resolve("tor-tracked.docx").toAbsolutePath();
        Files.write(in, docx);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process office = new ProcessBuilder("soffice", "-env:UserInstallation=" + DIR.resolve("profile").toAbsolutePath().toUri(),
                "--headless", "--invisible", "--norestore", "--nologo",
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("soffice.log").toFile()).start();
        try {
            Path script = Path.of("src", "test", "resources", "libreoffice", "review.py").toAbsolutePath();
            Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), Integer.toString(port), in.toString(),
                    DIR.resolve("rejected.txt").toAbsolutePath().toString(), DIR.resolve("accepted.txt").toAbsolutePath().toString(),
                    DIR.resolve("comments.txt").toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(DIR.resolve("review.log").toFile()).start();
            if (!python.waitFor(240, TimeUnit.SECONDS)) {
                python.destroyForcibly();
                throw new IllegalStateException("review.py did not finish in 240 s");
            }
            assertThat(python.exitValue()).as(Files.readString(DIR.resolve("review.log"))).isZero();
        } finally {
            office.descendants().forEach(ProcessHandle::destroy);
            office.destroy();
            office.waitFor(30, TimeUnit.SECONDS);
        }
        rejected = Files.readString(DIR.resolve("rejected.txt"));
        accepted = Files.readString(DIR.resolve("accepted.txt"));
        comments = Files.readString(DIR.resolve("comments.txt"));
    }

    @Test
    void reject_all_gives_the_text_without_proposals_or_attributions() throws Exception {
        String clean = text(RenditionBuilder.rendition(tor, NAMES, Mode.TRACKED));
        Files.writeString(DIR.resolve("base.txt"), clean);
        double similarity = similarity(squeeze(clean), squeeze(rejected));
        System.out.printf("BENCH docx.reject_all_similarity %.4f ratio%n", similarity);
        assertThat(similarity).isGreaterThanOrEqualTo(0.995);
        // a delegation's name stays only where the base text itself says it ("产权组织俄罗斯联邦办事处")
        for (String name : List.of("巴基斯坦", "俄罗斯", "阿拉伯联合酋长国", "非洲集团", "美国", "伊朗", "阿尔及利亚", "主席")) {
            assertThat(count(rejected, name)).as(name).isEqualTo(count(clean, name));
        }
        // 支持 is also a word of the base text ("更好地支持成员国"): the lead-ins are what must go
        assertThat(rejected).doesNotContain("不同意").doesNotContain("删除：").doesNotContainPattern("支持[：:\\]]");
    }

    @Test
    void accept_all_takes_in_every_proposals_wording_and_says_which_competing_text_it_leaves() {
        String in = squeeze(accepted);
        String said = squeeze(comments);
        int taken = 0;
        List<String> missing = new ArrayList<>();
        java.util.Set<String> replaced = replaced(tor);
        for (Proposal p : Walk.proposals(tor)) {
            if (p.status() != Status.OPEN || !carriesWords(p.kind()) || replaced.contains(p.id())) continue;
            for (Inline inline : p.text()) {
                if (!(inline instanceof Text t) || squeeze(t.text()).length() < 2) continue;
                if (in.contains(squeeze(t.text()))) taken++;
                else if (!said.contains(squeeze(t.text()))) missing.add(p.id() + ": " + t.text());
            }
        }
        System.out.printf("BENCH docx.accept_all_wordings_taken_in %d wordings%n", taken);
        assertThat(missing).isEmpty();
        assertThat(taken).isGreaterThan(50);
        assertThat(comments).contains("阿拉伯联合酋长国\t阿拉伯联合酋长国不同意").contains("“全部接受”不采用此案文");
    }

    private static boolean carriesWords(ProposalKind kind) {
        return switch (kind) {
            case INSERT, ADD_ITEM, REPLACE, REWRITE, CHAIR_ALTERNATIVE -> true;
            case BRACKETED, DELETE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE, CHAIR_SUGGESTION -> false;
        };
    }

    /**
     * The base text the tracked rendition marks up, read from the rendition independently of the DOCX: deleted
     * words kept, inserted ones, positions, attributions, statements, notes and alternatives left out; footnotes
     * too (Word keeps them in their own part).
     */
    private static String text(Rendition rendition) {
        // an agreed block proposal is text: its wording stands and the paragraphs it replaces are gone
        java.util.Map<String, Proposal> agreed = new java.util.HashMap<>();
        java.util.Set<String> gone = new java.util.HashSet<>();
        for (org.draftroom.negotiation.Block block : Walk.blocks(tor)) {
            if (block instanceof org.draftroom.negotiation.ProposalBlock pb && pb.proposal().status() == Status.AGREED) {
                agreed.put(pb.id(), pb.proposal());
                gone.addAll(pb.proposal().targetIds());
            }
        }
        StringBuilder out = new StringBuilder();
        for (Rendition.Part part : rendition.parts()) {
            Rendition.HeaderBlock h = part.header();
            for (String line : new String[]{h.symbol(), h.originalLanguage(), h.date(), h.committee(), h.session(),
                    h.sessionDetail(), h.annexLabel(), h.title(), h.preparedBy()}) {
                if (line != null) out.append(line).append('\n');
            }
            for (Node node : part.body()) {
                switch (node) {
                    case Node.Para p -> {
                        if (p.kind() == Node.Kind.NOTE && agreed.containsKey(p.id())) {
                            out.append(Walk.plainText(org.draftroom.negotiation.Readings.agreed(agreed.get(p.id())))).append('\n');
                        } else if (p.kind() != Node.Kind.FOOTNOTE && p.kind() != Node.Kind.STATEMENT && p.kind() != Node.Kind.NOTE
                                && !gone.contains(p.id())) {
                            out.append(p.label()).append(base(p.runs())).append('\n');
                        }
                    }
                    case Node.Heading h2 -> out.append(h2.label()).append(base(h2.runs())).append('\n');
                    case Node.Alternative a -> { }
                    case Node.Table t -> { }
                }
            }
            if (part.closing() != null) out.append(part.closing());
        }
        return out.toString();
    }

    private static String base(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            switch (run) {
                case Run.Plain p -> out.append(p.text());
                case Run.Styled st -> out.append(st.style() == Run.Style.ATTRIBUTION ? "" : st.text());
                case Run.Opinion o -> { }
                case Run.Change c -> out.append(c.type() == Run.Type.DELETE ? base(c.runs()) : "");
            }
        }
        return out.toString();
    }

    /** Proposals inside the paragraphs an open block proposal replaces: Accept All takes them out with it. */
    private static java.util.Set<String> replaced(NegotiationDocument doc) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Proposal p : Walk.proposals(doc)) if (p.status() == Status.OPEN) targets.addAll(p.targetIds());
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.draftroom.negotiation.Block block : Walk.blocks(doc)) {
            List<Inline> content = switch (block) {
                case org.draftroom.negotiation.Paragraph p -> p.content();
                case org.draftroom.negotiation.Item i -> i.content();
                case org.draftroom.negotiation.Footnote f -> List.<Inline>of();
                case org.draftroom.negotiation.Statement st -> List.<Inline>of();
                case org.draftroom.negotiation.ProposalBlock pb -> List.<Inline>of();
            };
            if (targets.contains(block.id())) collect(content, out);
        }
        return out;
    }

    private static void collect(List<Inline> inlines, java.util.Set<String> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Proposal p) {
                out.add(p.id());
                p.proposals().forEach(q -> collect(List.of(q), out));
            }
        }
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u200b]+", "");
    }

    /** 2 × longest common subsequence / total length, on characters. */
    static double similarity(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                row[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] swap = prev;
            prev = row;
            row = swap;
        }
        return a.isEmpty() && b.isEmpty() ? 1 : 2.0 * prev[b.length()] / (a.length() + b.length());
    }
}
