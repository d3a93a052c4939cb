package org.draftroom.notation.internal.reading;


import java.util.List;
import java.util.Optional;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.notation.internal.reading.Attribution.Pos;
import org.draftroom.notation.internal.reading.Attribution.Range;

/**
 * Reads the inside of one bracket as an attribution, in the forms the house notation uses:
 * quote first ("“和宗旨”——巴基斯坦：删除；阿联酋不同意"), name first ("俄罗斯——增加“2016-2021”",
 * "美国不同意"), text first ("单个驻外办事处或——俄罗斯删除", "text – US; G77 delete"), the chair's
 * suggestion ("主席的建议：移至 D节"). Anything else is no attribution (null): the caller keeps the bracket
 * as an unattributed passage.
 */
final class Grammar {
    /** Stands for a nested bracket inside the flattened content. */
    static final char GROUP = '\uE002';

    private final NotationNames names;
    private final ChairAndComments forms;

    Grammar(NotationNames names) {
        this.names = names;
        this.forms = new ChairAndComments(names);
    }

    Attribution parse(String s) {
        int i = ws(s, 0);
        if (i >= s.length()) return null;
        Attribution a = forms.chairSuggestion(s, i);
        if (a == null && s.charAt(i) == '“') a = quoteFirst(s, i);
        if (a == null) a = nameFirst(s, i);
        if (a == null) a = textFirst(s, i);
        return a;
    }

    /** Last resort for a bracket that names someone and then says something: a comment by them. */
    Attribution comment(String s) {
        return forms.comment(s);
    }

    private Attribution quoteFirst(String s, int i) {
        int q = s.indexOf('”', i + 1);
        if (q < 0) return null;
        Range quoted = new Range(i + 1, q);
        for (String sep : List.of("——", "—", "；", "，", " – ", "")) {
            if (!s.startsWith(sep, q + 1)) continue;
            int k = ws(s, q + 1 + sep.length());
            Optional<NotationNames.Parsed> by = names.actors(s, k);
            if (by.isEmpty()) continue;
            Attribution a = new Attribution();
            a.by = by.get();
            a.add("“");
            int slotAt = a.layout.size();
            a.add("”");
            a.add(sep);
            a.add(Notation.BY);
            int at = by.get().end();
            String sep2 = Vocabulary.startsWithAny(s, at, List.of("：", "——", "—", ""));
            Vocabulary.Verb verb = Vocabulary.verbAt(s, at + sep2.length());
            String quoteSep = Vocabulary.startsWithAny(s, at, List.of("——", "—"));
            if (verb != null) {
                a.kind = verb.kind();
                a.add(sep2);
                a.add(verb.word());
                at += sep2.length() + verb.word().length();
                if (a.kind == ProposalKind.REPLACE && s.startsWith("“", at)) { // [“a”——X替换“b”]
                    int r = s.indexOf('”', at + 1);
                    if (r < 0) return null;
                    a.target = quoted;
                    a.text = new Range(at + 1, r);
                    a.add("“");
                    a.add(Notation.TEXT);
                    a.add("”");
                    at = r + 1;
                } else if (a.kind == ProposalKind.REPLACE || a.kind == ProposalKind.INSERT) {
                    a.text = quoted; // "“…”——阿尔及利亚——其余删除": this wording, the rest deleted
                } else {
                    a.target = quoted;
                }
            } else if (quoteSep != null && s.startsWith("“", at + quoteSep.length())) { // [“a”；X——“b”]
                int r = s.indexOf('”', at + quoteSep.length() + 1);
                if (r < 0) return null;
                a.kind = ProposalKind.REPLACE;
                a.target = quoted;
                a.text = new Range(at + quoteSep.length() + 1, r);
                a.add(quoteSep);
                a.add("“");
                a.add(Notation.TEXT);
                a.add("”");
                at = r + 1;
            } else {
                a.kind = ProposalKind.INSERT;
                a.text = quoted;
            }
            a.layout.add(slotAt, a.target == quoted ? Notation.TARGET : Notation.TEXT);
            if (a.target == quoted && a.text == null) a.needsTarget = false;
            at = destination(s, at, a);
            if (tail(s, at, a)) return a;
        }
        return null;
    }

    private Attribution nameFirst(String s, int i) {
        Optional<NotationNames.Parsed> by = names.actors(s, i);
        if (by.isEmpty()) return null;
        int k = by.get().end();
        String sep = Vocabulary.startsWithAny(s, k, List.of("——", "—", "：", " – ", ": ", " ", ""));
        int at = k + sep.length();
        Attribution a = new Attribution();
        Vocabulary.StanceWord stance = Vocabulary.stanceAt(s, at);
        Vocabulary.Verb verb = Vocabulary.verbAt(s, at);
        if (stance != null && (verb == null || stance.word().length() > verb.word().length())
                || stance == null && verb == null && !sep.isBlank() && reservation(s, at)) {
            int end = position(s, i, a, "");
            return end >= 0 && tail(s, end, a) ? a : null;
        }
        a.by = by.get();
        a.add(Notation.BY);
        a.add(sep);
        if (verb != null) {
            a.kind = verb.kind();
            a.add(verb.word());
            at = ws(s, at + verb.word().length());
            a.needsTarget = a.kind != ProposalKind.INSERT && a.kind != ProposalKind.MOVE;
            if (s.startsWith("“", at)) {
                int r = s.indexOf('”', at + 1);
                if (r < 0) return null;
                a.text = new Range(at + 1, r);
                a.add("“");
                a.add(Notation.TEXT);
                a.add("”");
                at = r + 1;
            } else if (a.kind == ProposalKind.MOVE && !verb.word().equals("建议移动")) {
                int e = clauseEnd(s, at);
                a.destination = s.substring(at, e).strip();
                if (a.destination.isEmpty() || a.destination.indexOf(GROUP) >= 0) return null;
                a.add("$dest");
                at = e;
            } else {
                int e = clauseEnd(s, at);
                if (e > at && !s.substring(at, e).isBlank()) {
                    a.text = new Range(at, e); // "删除第六项", "保留原第一句": the words say what is meant
                    a.add(Notation.TEXT);
                }
                at = e;
            }
            return tail(s, at, a) ? a : null;
        }
        if (sep.isBlank() && !sep.equals(" – ")) return null;
        int clause = clauseEnd(s, at);
        for (int d = at + 1; d < clause; d++) { // "尼日利亚：对这句话的关切——删除": what, then the verb last
            String dash = Vocabulary.startsWithAny(s, d, List.of("——", "—"));
            Vocabulary.Verb last = dash == null ? null : Vocabulary.verbAt(s, d + dash.length());
            if (last == null) continue;
            int after = d + dash.length() + last.word().length();
            String rest = s.substring(after, clause).strip();
            if (!rest.isEmpty() && !rest.matches("[。.]")) continue;
            a.kind = last.kind();
            a.text = new Range(at, d);
            a.add(Notation.TEXT);
            a.add(dash);
            a.add(last.word());
            return tail(s, after, a) ? a : null;
        }
        a.kind = ProposalKind.INSERT;
        a.alternative = true;
        a.quoted = s.startsWith("“", at);
        if (a.quoted) {
            int r = s.indexOf('”', at + 1);
            if (r < 0) return null;
            a.text = new Range(at + 1, r);
            a.add("“");
            a.add(Notation.TEXT);
            a.add("”");
            at = r + 1;
        } else {
            int e = clauseEnd(s, at);
            if (e <= at) return null;
            a.text = new Range(at, e);
            a.add(Notation.TEXT);
            at = e;
        }
        return tail(s, at, a) ? a : null;
    }

    private Attribution textFirst(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            String sep = Vocabulary.startsWithAny(s, k, List.of("——", "—", "；", " – ", " - "));
            if (sep == null) continue;
            int at = ws(s, k + sep.length());
            Optional<NotationNames.Parsed> by = names.actors(s, at);
            if (by.isEmpty()) continue;
            Attribution a = new Attribution();
            a.by = by.get();
            int textSlot = 0;
            a.add(sep);
            a.add(Notation.BY);
            int after = by.get().end();
            String sep2 = Vocabulary.startsWithAny(s, after, List.of("——", "—", "：", " ", ""));
            Vocabulary.Verb verb = Vocabulary.verbAt(s, after + sep2.length());
            if (verb != null) {
                a.kind = verb.kind();
                a.add(sep2);
                a.add(verb.word());
                after += sep2.length() + verb.word().length();
            } else {
                a.kind = ProposalKind.INSERT;
            }
            Range words = new Range(i, trimEnd(s, k));
            String with = a.kind == ProposalKind.REPLACE ? Vocabulary.startsWithAny(s, after, List.of(" with ")) : null;
            if (with != null) { // "[old – US replace with new]"
                int e = clauseEnd(s, after + with.length());
                a.target = words;
                a.text = new Range(after + with.length(), e);
                a.add(with);
                a.add(Notation.TEXT);
                after = e;
            } else if (Attribution.targetKind(a.kind)) {
                a.target = words;
            } else {
                a.text = words;
            }
            a.layout.add(textSlot, a.target != null ? Notation.TARGET : Notation.TEXT);
            after = destination(s, after, a);
            if (tail(s, after, a)) return a;
        }
        return null;
    }

    /** ", 在结尾处": where an insertion goes. */
    private int destination(String s, int at, Attribution a) {
        String comma = Vocabulary.startsWithAny(s, at, List.of("，在", ", at "));
        if (comma == null) return at;
        int e = clauseEnd(s, at + comma.length());
        a.add(comma.substring(0, 1));
        a.destination = s.substring(at + 1, e).strip();
        a.add("$dest");
        return e;
    }

    /** Clauses after the proposal: positions ("；阿联酋不同意"), counter-proposals, co-sponsors, a final "。". */
    private boolean tail(String s, int at, Attribution a) {
        while (true) {
            at = ws(s, at);
            if (at >= s.length()) return true;
            String sep = Vocabulary.startsWithAny(s, at, Vocabulary.CLAUSES);
            if (sep == null) {
                String colon = Vocabulary.startsWithAny(s, at, List.of(": ", "："));
                if (colon != null && a.text == null && !a.positions.isEmpty()) { // [US oppose: text]
                    if (a.kind == null) a.kind = ProposalKind.BRACKETED;
                    a.add(colon);
                    a.text = new Range(ws(s, at + colon.length()), end(s));
                    a.add(Notation.TEXT);
                    return !a.text.empty();
                }
                if (a.kind == null) return false;
                String agreed = Vocabulary.startsWithAny(s, at, List.of("——", "—"));
                if (agreed != null && a.kind != null) {
                    Vocabulary.Verb verb = Vocabulary.verbAt(s, at + agreed.length());
                    if (verb != null && verb.word().equals("其余删除")) { // "“…”阿尔及利亚——其余删除"
                        a.kind = ProposalKind.REPLACE;
                        a.add(agreed);
                        a.add(verb.word());
                        at += agreed.length() + verb.word().length();
                        continue;
                    }
                }
                return false;
            }
            int next = ws(s, at + sep.length());
            if (next >= s.length() && (sep.startsWith("。") || sep.startsWith("."))) {
                a.add(sep);
                return true;
            }
            Optional<NotationNames.Parsed> by = names.actors(s, next);
            if (by.isEmpty()) return false;
            int after = by.get().end();
            if (ws(s, after) >= s.length() && a.by != null && sep.startsWith("；")
                    && (a.by.by().size() == 1 || a.by.join().equals("；")) && a.by.onBehalfOf() == null) {
                a.by = coSponsor(a.by, by.get()); // "产权组织纽约办事处——俄罗斯；中国"
                return true;
            }
            String sep2 = Vocabulary.startsWithAny(s, after, List.of("——", "—", "：", ": ", " ", ""));
            Vocabulary.Verb verb = Vocabulary.verbAt(s, after + sep2.length());
            Vocabulary.StanceWord stance = Vocabulary.stanceAt(s, after + sep2.length());
            if (verb != null && (stance == null || verb.word().length() > stance.word().length())) {
                Attribution sub = new Attribution();
                sub.by = by.get();
                sub.kind = verb.kind();
                sub.add(sep);
                sub.add(Notation.BY);
                sub.add(sep2);
                sub.add(verb.word());
                int e = clauseEnd(s, after + sep2.length() + verb.word().length());
                int from = after + sep2.length() + verb.word().length();
                if (e > from && !s.substring(from, e).isBlank()) {
                    sub.text = new Range(ws(s, from), e);
                    sub.add(Notation.TEXT);
                }
                a.addNested(sub);
                at = e;
                continue;
            }
            int end = position(s, next, a, sep);
            if (end < 0) return false;
            at = end;
        }
    }

    /** A position clause starting at {@code i}: "阿联酋不同意", "美国——OK", "印度：同意阿尔及利亚". */
    private int position(String s, int i, Attribution a, String lead) {
        Optional<NotationNames.Parsed> by = names.actors(s, i);
        if (by.isEmpty()) return -1;
        int after = by.get().end();
        String sep = Vocabulary.startsWithAny(s, after, List.of("——", "—", "：", ": ", " ", ""));
        Vocabulary.StanceWord stance = Vocabulary.stanceAt(s, after + sep.length());
        List<String> layout = new java.util.ArrayList<>();
        if (!lead.isEmpty()) layout.add(lead);
        layout.add(Notation.BY);
        if (!sep.isEmpty()) layout.add(sep);
        int at = after + sep.length();
        var kind = stance == null && reservation(s, at) ? org.draftroom.negotiation.Position.Stance.RESERVE
                : org.draftroom.negotiation.Position.Stance.COMMENT;
        if (stance != null) {
            kind = stance.stance();
            layout.add(stance.word());
            at += stance.word().length();
        } else if (sep.isBlank()) {
            return -1;
        }
        int e = clauseEnd(s, at);
        String colon = Vocabulary.startsWithAny(s, at, List.of(": ", "："));
        if (stance != null && colon != null && a.text == null) e = at; // "[US oppose: text]": the words follow
        Range text = null;
        String agrees = null;
        String spelling = null;
        int w = ws(s, at);
        Optional<NotationNames.Parsed> other = names.actors(s, w);
        if (stance != null && other.isPresent() && other.get().by().size() == 1 && ws(s, other.get().end()) >= e) {
            agrees = other.get().by().getFirst();
            spelling = s.substring(w, other.get().end());
            layout.add("$agrees");
        } else if (e > w && s.substring(w, e).strip().matches("[。.]")) {
            layout.add(s.substring(w, e).strip());
        } else if (e > w) {
            text = new Range(w, e);
            layout.add(Notation.TEXT);
        }
        if (stance == null && text == null) return -1;
        a.addPosition(new Pos(kind, by.get(), text, agrees, spelling, layout));
        return e;
    }

    /** Whether the clause from {@code at} states a reservation in words around its object. */
    private boolean reservation(String s, int at) {
        String clause = s.substring(Math.min(at, s.length()), Math.max(at, clauseEnd(s, at)));
        return Vocabulary.RESERVATIONS.stream().anyMatch(clause::contains);
    }

    private static NotationNames.Parsed coSponsor(NotationNames.Parsed first, NotationNames.Parsed more) {
        List<String> by = new java.util.ArrayList<>(first.by());
        by.addAll(more.by());
        List<String> spellings = new java.util.ArrayList<>(first.spellings());
        spellings.addAll(more.spellings());
        return new NotationNames.Parsed(by, null, spellings, "；", "", more.end());
    }

    /** Where the current clause ends: before a clause separator that introduces a name, else at the end. */
    private int clauseEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            String sep = Vocabulary.startsWithAny(s, k, Vocabulary.CLAUSES);
            if (sep != null && names.actors(s, ws(s, k + sep.length())).isPresent()) return k;
        }
        return end(s);
    }

    static int end(String s) {
        return trimEnd(s, s.length());
    }

    private static int trimEnd(String s, int to) {
        while (to > 0 && Span.blank(s.charAt(to - 1))) to--;
        return to;
    }

    static int ws(String s, int i) {
        while (i < s.length() && Span.blank(s.charAt(i))) i++;
        return i;
    }
}
