package org.draftroom.room.internal;

import java.util.List;
import java.util.function.Function;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.ParagraphRanges;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;

/**
 * Human words for history lines, messages, lineage and lists: delegations by name, sections and paragraphs by
 * the labels people see ("section D", "paragraph 11"), never ids or Java's record text.
 *
 * @param doc   the text the words refer to (numbers as they stand in it)
 * @param names a delegation's display name by id
 */
public record Describe(NegotiationDocument doc, Function<String, String> names) {

    public String actors(Actors a) {
        String by = String.join(", ", a.by().stream().map(this::name).toList());
        if (by.isEmpty()) by = "unattributed";
        return a.onBehalfOf() == null ? by : by + " on behalf of " + DelegationRegistry.withArticle(name(a.onBehalfOf()));
    }

    public String name(String id) {
        return switch (id) {
            case Actors.CHAIR -> "the chair";
            case Actors.SECRETARIAT -> "the secretariat";
            case Actors.COMMITTEE -> "the committee";
            default -> names.apply(id);
        };
    }

    /** "paragraph 11", "an item of paragraph 6", "section D", "the heading of section A", "a footnote". */
    public String where(String blockId) {
        if (blockId == null) return "the text";
        for (Section s : doc.sections()) if (s.id().equals(blockId)) return "section " + sectionLabel(s);
        Numbering numbering = Numbering.of(doc);
        Block block = DocumentEdits.block(doc, blockId).orElse(null);
        if (block == null) return "a passage no longer in the text";
        return switch (block) {
            case Paragraph p when numbering.paragraph(p.id()) > 0 -> "paragraph " + numbering.paragraph(p.id());
            case Paragraph p -> "a passage of " + parentOf(p.id(), numbering);
            case Item i -> "an item of " + parentOf(i.id(), numbering);
            case Footnote f -> "footnote " + numbering.footnote(f.id());
            case Statement s -> "a statement in " + parentOf(s.id(), numbering);
            case ProposalBlock pb -> pb.proposal().targetIds().isEmpty() ? "a proposal in " + sectionOf(pb.id())
                    : where(pb.proposal().targetIds().getFirst());
        };
    }

    /** "paragraph 5" for one, "paragraphs 2, 3" or "paragraphs 3–5" for several. */
    public String paragraphs(List<String> ids) {
        if (ids.size() == 1) return where(ids.getFirst());
        Numbering numbering = Numbering.of(doc);
        List<Integer> numbered = ids.stream().map(numbering::paragraph).filter(n -> n > 0).toList();
        List<String> parts = new java.util.ArrayList<>();
        if (!numbered.isEmpty()) {
            parts.add((ParagraphRanges.several(numbered) ? "paragraphs " : "paragraph ") + ParagraphRanges.of(numbered));
        }
        ids.stream().filter(id -> numbering.paragraph(id) <= 0).map(this::where).forEach(parts::add);
        return String.join(", ", parts);
    }

    /** A section by id or label, as "section D". */
    public String section(String idOrLabel) {
        if (idOrLabel == null) return "another section";
        return doc.sections().stream().filter(s -> s.id().equals(idOrLabel)).findFirst()
                .map(s -> "section " + sectionLabel(s)).orElse("section " + idOrLabel.replaceAll("[.．节]$", ""));
    }

    public String proposal(Proposal p) {
        // imported brackets nobody proposed: a reader knows them as brackets, not as something "nobody" did
        if (p.kind() == ProposalKind.BRACKETED && !p.actors().attributed()) {
            return "Unattributed brackets around " + quoted(Walk.plainText(p.text().isEmpty() ? p.target() : p.text()));
        }
        String target = clip(Walk.plainText(p.target()));
        String text = clip(Walk.plainText(p.text()));
        String about = p.targetIds().isEmpty() ? "" : paragraphs(p.targetIds());
        String what = switch (p.kind()) {
            case INSERT -> "insert “" + text + "”";
            case DELETE -> p.targetIds().isEmpty() ? "delete “" + target + "”" : "delete " + about;
            case REPLACE -> "replace “" + target + "” by “" + text + "”";
            case REWRITE -> "new wording for " + (about.isEmpty() ? "the paragraph" : about)
                    + (text.isEmpty() ? "" : " “" + text + "”");
            case MOVE -> "move " + (about.isEmpty() ? "“" + target + "”" : about) + " to " + section(p.destination());
            case RETAIN -> p.targetIds().isEmpty() ? "retain “" + target + "”" : "retain " + about;
            case REQUEST_BRACKETS -> "brackets around “" + target + "”";
            case EXCLUDE -> "exclude “" + target + "”";
            case ADD_ITEM -> "add " + quoted(p.blocks().stream().map(Describe::wording).findFirst().orElse(text))
                    + (about.isEmpty() ? "" : " after " + about);
            case CHAIR_ALTERNATIVE -> "alternative text for " + (about.isEmpty() ? "the paragraphs" : about);
            case CHAIR_SUGGESTION -> (p.destination() != null ? "suggests moving " + about + " to " + section(p.destination())
                    : "suggests " + (text.isEmpty() ? "a way forward on " + about : "“" + text + "”"));
            case BRACKETED -> "bracketed “" + (text.isEmpty() ? target : text) + "”";
        };
        return actors(p.actors()) + ": " + what;
    }

    /** What a marker ⟦n⟧ in editable wording stands for. */
    public String atom(Inline atom) {
        return switch (atom) {
            case Proposal p -> proposal(p);
            case FootnoteRef ref -> "footnote " + Numbering.of(doc).footnote(ref.footnoteId());
            case Placeholder ph -> "placeholder {" + ph.name() + "}";
            case Text t -> "“" + clip(t.text()) + "”";
        };
    }

    static String wording(Block b) {
        return switch (b) {
            case Paragraph p -> Walk.plainText(p.content());
            case Item i -> Walk.plainText(i.content());
            case Footnote f -> Walk.plainText(f.content());
            case Statement s -> Walk.plainText(s.text());
            case ProposalBlock pb -> Walk.plainText(pb.proposal().text());
        };
    }

    private String parentOf(String blockId, Numbering numbering) {
        for (Block b : Walk.blocks(doc)) {
            if (b instanceof Paragraph p && numbering.paragraph(p.id()) > 0
                    && DocumentEdits.contains(p.items(), x -> x.id().equals(blockId))) {
                return "paragraph " + numbering.paragraph(p.id());
            }
        }
        return sectionOf(blockId);
    }

    private String sectionOf(String blockId) {
        String id = DocumentEdits.sectionOf(doc, blockId);
        return id.isEmpty() ? "the opening paragraphs" : section(id);
    }

    private static String sectionLabel(Section s) {
        return s.label() == null ? "" : s.label().strip().replaceAll("[.．、节]$", "");
    }

    /** Clipped wording in “…”, once: a quotation that brings its own marks keeps them and gets no second pair. */
    public static String quoted(String s) {
        String clipped = clip(s);
        if (clipped.startsWith("“") || clipped.startsWith("\"") || clipped.startsWith("「")) {
            boolean closed = clipped.length() > 1 && (clipped.endsWith("”") || clipped.endsWith("\"") || clipped.endsWith("」"));
            return closed ? clipped : clipped + "”";
        }
        return "“" + clipped + "”";
    }

    public static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
