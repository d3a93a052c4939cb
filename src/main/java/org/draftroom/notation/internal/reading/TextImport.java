package org.draftroom.notation.internal.reading;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportResult;
import org.draftroom.notation.ImportWarning;

/** One import of a text: the whole pipeline from checked source to document, all in memory. */
public final class TextImport {
    private final NotationNames names;

    public TextImport(NotationNames names) {
        this.names = names;
    }

    /**
     * @param wrapped whether lines were broken at the page width (PDF text) and must be joined back; DOCX
     *                paragraphs are never wrapped
     */
    public ImportResult run(Source source, ImportOptions options, boolean wrapped) {
        List<ImportWarning> warnings = new ArrayList<>();
        List<PageText.Line> lines = PageText.lines(source);
        String language = options.language() != null ? options.language() : detectLanguage(source.text());
        HeaderReader.Result header = HeaderReader.read(lines, language);
        List<PageText.Line> body = lines.subList(header.consumed(), lines.size());
        List<BlockSplitter.Raw> raws = new BlockSplitter(names).split(body, wrapped);
        Set<Integer> footnotes = new HashSet<>();
        raws.stream().filter(r -> r.footnote() > 0).forEach(r -> footnotes.add(r.footnote()));
        Ids ids = new Ids();
        BlockReader reader = new BlockReader(source, names, ids, footnotes, language, warnings);
        Structurer structurer = new Structurer(reader, ids);
        new BlockStructure(structurer, reader, names, ids, source, warnings).read(raws);
        structurer.finish();
        DocumentHeader h = header.header() != null ? header.header()
                : DocumentHeader.minimal(options.symbol(), options.title(), language);
        h = new DocumentHeader(options.symbol() != null ? options.symbol() : h.symbol(),
                options.title() != null ? options.title() : h.title(), language, h.originalLanguage(), h.date(),
                h.committee(), h.session(), h.sessionDetail(), h.preparedBy(), h.annexLabel());
        // a line read twice (as a speaker line, then as plain text) reports its brackets once
        List<ImportWarning> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
        distinct.sort(java.util.Comparator.comparingInt(ImportWarning::line).thenComparingInt(ImportWarning::column));
        NegotiationDocument doc = new NegotiationDocument(UUID.randomUUID().toString(), h, structurer.preamble,
                structurer.sections);
        return new ImportResult(resolveForward(doc), distinct);
    }

    /** "替换第 12、13和 14段" names paragraphs that come later; now that all are read, they get their ids. */
    private static NegotiationDocument resolveForward(NegotiationDocument doc) {
        List<String> main = new ArrayList<>();
        doc.preamble().forEach(b -> numbered(b, main));
        doc.sections().forEach(s -> s.blocks().forEach(b -> numbered(b, main)));
        return Rewrites.everyProposal(doc, p -> {
            if (p.targetIds().stream().noneMatch(t -> t.startsWith(BlockStructure.FORWARD))) return p;
            List<String> ids = new ArrayList<>();
            for (String t : p.targetIds()) {
                if (!t.startsWith(BlockStructure.FORWARD)) {
                    ids.add(t);
                    continue;
                }
                int n = Integer.parseInt(t.substring(1));
                if (n <= main.size()) ids.add(main.get(n - 1));
            }
            return new Proposal(p.id(), p.kind(), p.actors(), p.target(), p.text(), ids, p.destination(), p.blocks(),
                    p.status(), p.proposals(), p.positions(), p.label(), p.notation());
        });
    }

    private static void numbered(org.draftroom.negotiation.Block b, List<String> main) {
        if (b instanceof org.draftroom.negotiation.Paragraph p && p.numbered()) main.add(p.id());
    }

    /** Chinese when CJK characters make up a noticeable share of the letters, else English. */
    static String detectLanguage(String text) {
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) cjk++;
            else if (Character.isLetter(c)) latin++;
        }
        return cjk * 3 >= latin && cjk > 0 ? "zh" : "en";
    }
}
