package org.draftroom.notation.internal.writing;

import org.draftroom.notation.internal.reading.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;

/**
 * The form the renderer writes when a proposal or position has no notation hint (made in the room, or changed
 * since import): Chinese house notation for Chinese documents, English conventions otherwise. Every form here is
 * one the importer reads back to the same fields.
 */
final class DefaultLayouts {
    private DefaultLayouts() {
    }

    static String join(String language) {
        return language.equals("zh") ? "、" : "/";
    }

    static String behalf(String language) {
        return language.equals("zh") ? "代表" : " on behalf of ";
    }

    static String positionLead(String language) {
        return language.equals("zh") ? "；" : "; ";
    }

    static List<String> proposal(Proposal p, String language) {
        boolean zh = language.equals("zh");
        List<String> l = new ArrayList<>();
        String sep = zh ? "——" : " – ";
        String open = p.kind() == ProposalKind.CHAIR_ALTERNATIVE || p.kind() == ProposalKind.REWRITE
                ? "" : "[";
        l.add(open);
        if (p.label() != null) {
            l.add("$label");
            l.add(": ");
        }
        switch (p.kind()) { // "case null" makes the compiler check that every kind has its layout
            case null -> throw new IllegalArgumentException("a proposal without a kind");
            case CHAIR_ALTERNATIVE -> {
                l.add("[");
                l.add(zh ? "主席的替代案文" : "Chair's alternative text");
                if (!p.targetIds().isEmpty()) {
                    l.add(zh ? "，代替第" : ", replacing paragraphs ");
                    l.add("$targets:" + (zh ? "、" : ", "));
                    if (zh) l.add("段");
                }
                l.add(zh ? "：" : ": ");
                body(p, l);
                l.add("]");
            }
            case REWRITE -> {
                if (p.actors().attributed() && p.targetIds().size() == 1 && p.blocks().isEmpty()) {
                    // one paragraph's new wording, right after it, as the seed writes it: "美国建议上段的措辞：…"
                    l.add(Notation.BY);
                    l.add(zh ? "建议上段的措辞" : " proposes the following wording for the paragraph above");
                    l.add(zh ? "：" : ": ");
                    l.add("$targets:implicit");
                    body(p, l);
                    break;
                }
                if (p.actors().attributed()) {
                    l.add(Notation.BY);
                    l.add(zh ? "：" : ": ");
                }
                if (!p.targetIds().isEmpty()) {
                    l.add(zh ? "替换第" : "replace paragraphs ");
                    l.add("$targets:" + (zh ? "、" : ", "));
                    l.add(zh ? "段。" : ". ");
                }
                body(p, l);
            }
            case CHAIR_SUGGESTION -> {
                l.add(Notation.BY);
                l.add(zh ? "的建议：" : " suggests: ");
                if (p.destination() != null) {
                    l.add(zh ? "移至" : "move to ");
                    l.add("$dest");
                }
                if (!p.text().isEmpty()) l.add(Notation.TEXT);
            }
            case BRACKETED -> {
                if (!p.text().isEmpty()) l.add(Notation.TEXT);
                if (!p.target().isEmpty()) l.add(Notation.TARGET);
                if (p.actors().attributed()) {
                    l.add(sep);
                    l.add(Notation.BY);
                }
            }
            case INSERT, DELETE, REPLACE, ADD_ITEM, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE -> {
                if (!p.target().isEmpty()) quoted(l, Notation.TARGET, zh);
                else if (!p.text().isEmpty() && p.kind() == ProposalKind.INSERT) quoted(l, Notation.TEXT, zh);
                if (p.actors().attributed()) {
                    l.add(sep);
                    l.add(Notation.BY);
                }
                if (p.kind() != ProposalKind.INSERT || p.target().isEmpty() && p.text().isEmpty()) {
                    l.add(zh ? "" : " ");
                    l.add(zh ? Vocabulary.ZH_VERB.get(p.kind()) : Vocabulary.EN_VERB.get(p.kind()));
                }
                if (!p.text().isEmpty() && (p.kind() != ProposalKind.INSERT || !p.target().isEmpty())) {
                    if (!zh) l.add(" with ");
                    quoted(l, Notation.TEXT, zh);
                }
                if (p.destination() != null) {
                    l.add(zh ? "，在" : ", at ");
                    l.add("$dest");
                }
            }
        }
        for (int i = 0; i < p.positions().size(); i++) l.add("$pos:" + i);
        if (!open.isEmpty()) l.add("]");
        for (int i = 0; i < p.proposals().size(); i++) l.add("$sub:" + i);
        return l;
    }

    private static void body(Proposal p, List<String> l) {
        if (!p.text().isEmpty()) l.add(Notation.TEXT);
        if (!p.blocks().isEmpty()) l.add("$blocks");
    }

    private static void quoted(List<String> l, String slot, boolean zh) {
        l.add(zh ? "“" : "");
        l.add(slot);
        l.add(zh ? "”" : "");
    }

    static List<String> position(Position pos, String language, String lead) {
        boolean zh = language.equals("zh");
        List<String> l = new ArrayList<>();
        l.add(lead);
        l.add(Notation.BY);
        l.add(zh ? "——" : " ");
        String word = zh ? Vocabulary.ZH_STANCE.get(pos.stance()) : Vocabulary.EN_STANCE.get(pos.stance());
        if (!word.isEmpty()) l.add(word);
        if (pos.agreesWith() != null) {
            if (!zh) l.add(" ");
            l.add("$agrees");
        } else if (pos.text() != null && !pos.text().isEmpty()) {
            if (!zh && !word.isEmpty()) l.add(": ");
            l.add(Notation.TEXT);
        }
        return l;
    }

    /** "12、13" / "12, 13"; the source's "12、13和 14" or "15至 18" style when the hint asks for it. */
    static String targets(List<Integer> numbers, String style) {
        List<String> parts = numbers.stream().map(String::valueOf).toList();
        if (parts.isEmpty() || style.equals("implicit")) return ""; // the text itself says which ("上段")
        if (style.equals("至") || style.equals("–")) return parts.getFirst() + style + parts.getLast();
        if (style.endsWith("和") && parts.size() > 1) {
            return String.join(style.substring(0, style.length() - 1), parts.subList(0, parts.size() - 1))
                    + "和" + parts.getLast();
        }
        return String.join(style.isEmpty() ? "、" : style, parts);
    }
}
