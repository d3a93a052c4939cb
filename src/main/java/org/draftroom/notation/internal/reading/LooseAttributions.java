package org.draftroom.notation.internal.reading;

import org.draftroom.notation.internal.writing.InlineWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * Attributions typed into running text without brackets, as live drafting leaves them: "…并包括评价时可用的最新数据——美国。"
 * (the words since the last bracket, proposed by the United States) and "。阿尔及利亚——替换原句。" (a sentence of
 * its own). Each is read as the proposal it states and checked by writing it back; anything else stays text.
 */
final class LooseAttributions {
    private static final String STOPS = "。；";

    private LooseAttributions() {
    }

    static List<Inline> read(List<Inline> in, Grammar grammar, NotationNames names, InlineReader reader) {
        if (in.stream().noneMatch(i -> i instanceof Text t && (t.text().contains("——") || t.text().contains("：")))) {
            return in;
        }
        List<Inline> out = new ArrayList<>();
        for (Inline inline : in) {
            if (!(inline instanceof Text t)) {
                out.add(inline);
                continue;
            }
            String s = t.text();
            int from = 0;
            for (int k = 0; k < s.length(); k++) {
                boolean sentenceStart = k == 0 ? !out.isEmpty() && out.getLast() instanceof Proposal
                        : STOPS.indexOf(s.charAt(k - 1)) >= 0;
                if (sentenceStart && names.actors(s, k).isPresent()) { // "阿尔及利亚——替换原句。"
                    int end = s.indexOf('。', k);
                    end = end < 0 ? s.length() : end + 1;
                    if (sentence(s.substring(k, end), grammar, reader, out, s.substring(from, k))) {
                        from = end;
                        k = end - 1;
                        continue;
                    }
                }
                if (s.startsWith("——", k)) { // "…最新数据——美国。"
                    Optional<NotationNames.Parsed> by = names.actors(s, k + 2);
                    if (by.isEmpty() || by.get().end() < s.length() && STOPS.indexOf(s.charAt(by.get().end())) < 0) continue;
                    int start = k;
                    while (start > from && STOPS.indexOf(s.charAt(start - 1)) < 0) start--;
                    if (start == k || start == from && from == 0 && (out.isEmpty() || !(out.getLast() instanceof Proposal))) {
                        continue;
                    }
                    InlineReader.append(s.substring(from, start), out);
                    Proposal p = new Proposal(reader.ids().next("pr"), ProposalKind.INSERT, by.get().actors(), List.of(),
                            List.of(new Text(s.substring(start, k))), List.of(), null, List.of(), Status.OPEN, List.of(),
                            List.of(), null, new Notation(List.of(Notation.TEXT, "——", Notation.BY), by.get().spellings(),
                            by.get().join(), ProposalKind.INSERT.wire(), null));
                    out.add(p);
                    from = by.get().end();
                    k = from - 1;
                }
            }
            InlineReader.append(s.substring(from), out);
        }
        return out;
    }

    /** A whole sentence of attribution: a proposal, or a comment on the proposal just before it. */
    private static boolean sentence(String sentence, Grammar grammar, InlineReader reader, List<Inline> out,
                                    String before) {
        Flat flat = Flat.of(List.of(new Scanner.Chars(Span.of(sentence, 0))));
        Attribution a = grammar.parse(sentence);
        if (a != null && !a.positionsOnly() && !a.alternative) {
            Proposal p = reader.build(a, flat, "", "");
            if (p == null || !InlineReader.same(reader.writer().proposal(p, null), sentence)) return false;
            InlineReader.append(before, out);
            out.add(p);
            return true;
        }
        if (a == null || a.alternative) a = grammar.comment(sentence);
        if (a == null || !a.positionsOnly() || !before.isBlank() || out.isEmpty()
                || !(out.getLast() instanceof Proposal host) || host.notation() == null || !InlineWriter.fits(host)) {
            return false;
        }
        List<Position> positions = new ArrayList<>(host.positions());
        List<String> layout = new ArrayList<>(host.notation().layout());
        for (String t : a.layout) {
            if (t.startsWith("$pos:")) {
                layout.add("$pos:" + positions.size());
                positions.add(reader.position(a.positions.get(Integer.parseInt(t.substring(5))), flat));
            } else {
                layout.add(t);
            }
        }
        Notation n = host.notation();
        Proposal joined = host.withPositions(positions).withNotation(new Notation(layout, n.spellings(), n.join(),
                n.kind(), n.after()));
        if (!InlineReader.same(reader.writer().proposal(joined, null), reader.writer().proposal(host, null) + sentence)) {
            return false;
        }
        out.set(out.size() - 1, joined);
        return true;
    }
}
