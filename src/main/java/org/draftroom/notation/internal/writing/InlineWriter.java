package org.draftroom.notation.internal.writing;

import org.draftroom.notation.internal.reading.NotationNames;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;

/**
 * Writes inline content in house notation, generated from the structured fields: the kind, who acted, the words,
 * the positions. A {@link Notation} hint chooses among the notation's free variants when it still fits the fields;
 * otherwise the default form of the language is written (see {@link DefaultLayouts}).
 */
public final class InlineWriter {
    private final NotationNames names;
    private final String language;
    private final Function<String, String> footnoteRef;
    private final Function<String, Integer> paragraphNumber;
    private final Function<String, String> destination;

    /**
     * @param footnoteRef     how a footnote reference is written (its number, or a marker while importing)
     * @param paragraphNumber the displayed number of a paragraph id (for "代替第 12、13段")
     */
    public InlineWriter(NotationNames names, String language, Function<String, String> footnoteRef,
                        Function<String, Integer> paragraphNumber) {
        this(names, language, footnoteRef, paragraphNumber, Function.identity());
    }

    /** @param destination a move's destination (a section id or label) as the reader calls it ("D节") */
    public InlineWriter(NotationNames names, String language, Function<String, String> footnoteRef,
                        Function<String, Integer> paragraphNumber, Function<String, String> destination) {
        this.names = names;
        this.language = "zh".equals(language) ? "zh" : "en";
        this.footnoteRef = footnoteRef;
        this.paragraphNumber = paragraphNumber;
        this.destination = destination;
    }

    public String language() {
        return language;
    }

    public String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.append(t.text());
                case Proposal p -> out.append(proposal(p, null));
                case Placeholder ph -> out.append(ph.name().isEmpty() && language.equals("zh") ? "（）"
                        : "{" + ph.name() + "}");
                case FootnoteRef ref -> out.append(footnoteRef.apply(ref.footnoteId()));
            }
        }
        return out.toString();
    }

    /** A proposal in notation; {@code blocks} renders a chair alternative's or rewrite's blocks when present. */
    public String proposal(Proposal p, Function<Proposal, String> blocks) {
        List<String> layout = fits(p) ? p.notation().layout() : DefaultLayouts.proposal(p, language);
        List<String> spellings = fits(p) ? p.notation().spellings() : List.of();
        String join = fits(p) ? p.notation().join() : DefaultLayouts.join(language);
        StringBuilder out = new StringBuilder();
        for (String token : layout) {
            if (!Notation.isSlot(token)) {
                out.append(token);
                continue;
            }
            switch (slotName(token)) {
                case "$by" -> out.append(slotArg(token).isEmpty() ? actors(p.actors(), spellings, join)
                        : oneActor(p.actors(), spellings, Integer.parseInt(slotArg(token))));
                case "$target" -> out.append(inlines(p.target()));
                case "$text" -> out.append(inlines(p.text()));
                case "$dest" -> out.append(p.destination() == null ? "" : destination.apply(p.destination()));
                case "$label" -> out.append(p.label() == null ? "" : p.label());
                case "$status" -> out.append(p.status() == org.draftroom.negotiation.Status.AGREED
                        ? (language.equals("zh") ? "PBC同意" : "[Agreed ad ref]") : "");
                case "$blocks" -> out.append(blocks == null ? "" : blocks.apply(p));
                case "$targets" -> out.append(DefaultLayouts.targets(p.targetIds().stream().map(paragraphNumber).toList(), slotArg(token)));
                case "$pos" -> {
                    int i = Integer.parseInt(slotArg(token));
                    Position pos = p.positions().get(i);
                    if (pos.notation() == null || !pos.notation().detached()) {
                        out.append(position(pos, DefaultLayouts.positionLead(language)));
                    }
                }
                case "$sub" -> {
                    int i = Integer.parseInt(slotArg(token));
                    out.append(proposal(p.proposals().get(i), blocks));
                }
                default -> { }
            }
        }
        return out.toString();
    }

    public String position(Position pos, String lead) {
        boolean fits = pos.notation() != null && pos.notation().kind().equals(pos.stance().wire())
                && positionSlotsMatch(pos);
        List<String> layout = fits ? pos.notation().layout() : DefaultLayouts.position(pos, language, lead);
        List<String> spellings = fits ? pos.notation().spellings() : List.of();
        String join = fits ? pos.notation().join() : DefaultLayouts.join(language);
        StringBuilder out = new StringBuilder();
        for (String token : layout) {
            switch (token) {
                case Notation.BY -> out.append(actors(pos.actors(), spellings, join));
                case Notation.TEXT -> out.append(pos.text() == null ? "" : pos.text());
                case "$agrees" -> out.append(name(pos.agreesWith(),
                        spellings.size() > pos.actors().by().size() + (pos.actors().onBehalfOf() == null ? 0 : 1)
                                ? spellings.getLast() : null));
                default -> out.append(token);
            }
        }
        return out.toString();
    }

    private static boolean positionSlotsMatch(Position pos) {
        List<String> layout = pos.notation().layout();
        boolean hasText = pos.text() != null && !pos.text().isEmpty();
        return layout.contains(Notation.TEXT) == hasText && layout.contains("$agrees") == (pos.agreesWith() != null)
                && layout.contains(Notation.BY) == pos.actors().attributed()
                && pos.notation().spellings().size() >= pos.actors().by().size();
    }

    /** Whether a proposal's hint still describes its fields; else the default form is written. */
    public static boolean fits(Proposal p) {
        Notation n = p.notation();
        if (n == null || !n.kind().equals(p.kind().wire())) return false;
        int pos = 0;
        int sub = 0;
        boolean by = false, text = false, target = false, dest = false, blocks = false, targets = false, label = false;
        for (String t : n.layout()) {
            if (t.isEmpty() || t.charAt(0) != '$') continue;
            switch (slotName(t)) {
                case "$pos" -> pos++;
                case "$sub" -> sub++;
                case "$by" -> {
                    by = true;
                    if (!slotArg(t).isEmpty() && Integer.parseInt(slotArg(t)) >= p.actors().by().size()) return false;
                }
                case "$text" -> text = true;
                case "$target" -> target = true;
                case "$dest" -> dest = true;
                case "$blocks" -> blocks = true;
                case "$targets" -> targets = true;
                case "$label" -> label = true;
                default -> { }
            }
        }
        int detached = 0;
        for (Position x : p.positions()) if (x.notation() != null && x.notation().detached()) detached++;
        return pos + detached == p.positions().size() && sub == p.proposals().size()
                && by == p.actors().attributed() && text == !p.text().isEmpty() && target == !p.target().isEmpty()
                && dest == (p.destination() != null) && blocks == !p.blocks().isEmpty()
                && targets == !p.targetIds().isEmpty() && label == (p.label() != null)
                && (n.spellings().isEmpty() || n.spellings().size()
                == p.actors().by().size() + (p.actors().onBehalfOf() == null ? 0 : 1));
    }

    String actors(Actors actors, List<String> spellings, String join) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < actors.by().size(); i++) {
            parts.add(name(actors.by().get(i), i < spellings.size() ? spellings.get(i) : null));
        }
        String by = String.join(join, parts);
        if (actors.onBehalfOf() == null) return by;
        int g = actors.by().size();
        return by + DefaultLayouts.behalf(language) + name(actors.onBehalfOf(), g < spellings.size() ? spellings.get(g) : null);
    }

    private String oneActor(Actors actors, List<String> spellings, int i) {
        return name(actors.by().get(i), i < spellings.size() ? spellings.get(i) : null);
    }

    String name(String id, String spelling) {
        return id == null ? "" : names.display(id, spelling, language);
    }

    static String slotName(String token) {
        int colon = token.indexOf(':');
        return colon < 0 ? token : token.substring(0, colon);
    }

    static String slotArg(String token) {
        int colon = token.indexOf(':');
        return colon < 0 ? "" : token.substring(colon + 1);
    }

    static boolean isKind(Proposal p, ProposalKind... kinds) {
        for (ProposalKind k : kinds) if (p.kind() == k) return true;
        return false;
    }
}
