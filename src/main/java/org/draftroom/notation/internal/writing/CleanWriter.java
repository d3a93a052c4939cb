package org.draftroom.notation.internal.writing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Readings;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;

/**
 * Clean texts, without any attribution. Agreed only: open proposals go with their brackets, agreed ones are
 * applied, the base wording stays. Open: what is still pending stays in plain brackets, names removed.
 */
public final class CleanWriter {
    private static final java.util.regex.Pattern STRAY = java.util.regex.Pattern.compile("[\\[\\]［］【】]");
    private final boolean agreedOnly;
    private Numbering numbering;
    private boolean zh;
    private final Set<String> replacedByAgreed = new HashSet<>();

    public CleanWriter(boolean agreedOnly) {
        this.agreedOnly = agreedOnly;
    }

    public String write(NegotiationDocument doc) {
        numbering = Numbering.of(doc);
        zh = "zh".equals(doc.header().language());
        for (Proposal p : Walk.proposals(doc)) {
            if (p.status() == Status.AGREED && !p.blocks().isEmpty()) replacedByAgreed.addAll(p.targetIds());
        }
        StringBuilder out = new StringBuilder();
        MarkedWriter.header(doc.header(), zh, out);
        blocks(doc.preamble(), out);
        for (int i = 0; i < doc.sections().size(); i++) {
            Section s = doc.sections().get(i);
            out.append(Numbering.sectionLabel(i)).append(". ").append(inlines(s.heading())).append("\n\n");
            blocks(s.blocks(), out);
        }
        return out.toString();
    }

    private void blocks(List<Block> blocks, StringBuilder out) {
        Map<Item.Marker, Integer> counters = new EnumMap<>(Item.Marker.class);
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p when replacedByAgreed.contains(p.id()) -> { } // an agreed text stands in its place
                case Paragraph p -> {
                    boolean pending = p.bracketed() && p.status() != Status.AGREED;
                    String content = inlines(p.content());
                    if (!(pending && agreedOnly) && (p.numbered() || !empty(content))) {
                        if (p.numbered()) out.append(numbering.paragraph(p.id())).append(". ");
                        line(bracket(content, pending), out);
                    }
                    blocks(p.items(), out);
                }
                case Item i -> {
                    int index = counters.merge(i.marker(), 1, Integer::sum) - 1;
                    String content = inlines(i.content());
                    if (!(i.bracketed() && agreedOnly) && !empty(content)) {
                        out.append(MarkedWriter.marker(i.marker(), index));
                        line(bracket(content, i.bracketed()), out);
                    }
                    blocks(i.items(), out);
                }
                case Footnote f -> line(numbering.footnote(f.id()) + " " + inlines(f.content()), out);
                case Statement ignored -> { }
                case ProposalBlock pb -> proposalBlock(pb.proposal(), out);
            }
        }
    }

    /** New wording for whole paragraphs: applied when agreed, in brackets while open; procedure is left out. */
    private void proposalBlock(Proposal p, StringBuilder out) {
        if (!Readings.carriesWording(p.kind()) || p.status() == Status.WITHDRAWN || p.status() == Status.SUPERSEDED) return;
        boolean agreed = p.status() == Status.AGREED;
        if (agreedOnly && !agreed) return;
        if (!p.text().isEmpty()) line(bracket(inlines(p.text()), !agreed), out);
        if (!p.blocks().isEmpty()) {
            if (!agreed) out.append("[");
            blocks(p.blocks(), out);
            if (!agreed) line("]", out);
        }
    }

    String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.append(STRAY.matcher(t.text()).replaceAll("")); // brackets that never closed
                case FootnoteRef ref -> out.append(numbering.footnote(ref.footnoteId()));
                case Placeholder ph -> out.append(ph.name().isEmpty() && zh ? "（）" : "{" + ph.name() + "}");
                case Proposal p -> out.append(proposal(p));
            }
        }
        return out.toString();
    }

    private String proposal(Proposal p) {
        StringBuilder out = new StringBuilder();
        for (Readings.Part part : Readings.clean(p, agreedOnly)) {
            String words = inlines(part.inlines());
            out.append(bracket(words, part.bracketed() && !words.isEmpty()));
        }
        return out.toString();
    }

    /** Nothing left but punctuation once the open proposals are gone. */
    private static boolean empty(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static String bracket(String text, boolean pending) {
        return pending ? "[" + text + "]" : text;
    }

    private static void line(String s, StringBuilder out) {
        out.append(s).append("\n\n");
    }
}
