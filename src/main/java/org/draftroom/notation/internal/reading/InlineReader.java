package org.draftroom.notation.internal.reading;

import org.draftroom.notation.internal.writing.InlineWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.notation.internal.reading.Scanner.Chars;
import org.draftroom.notation.internal.reading.Scanner.Group;
import org.draftroom.notation.internal.reading.Scanner.Node;

/**
 * Turns the bracket structure of a block into inline content: plain text, footnote references, placeholders and
 * proposals. Each attributed bracket is checked by writing it back from the fields it was read into; when that
 * does not give the source again, the bracket is kept as an unattributed passage instead (never dropped).
 */
final class InlineReader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{1,80})}");
    private static final Pattern REF = Pattern.compile(Span.REF_OPEN + "(\\d+)" + Span.REF_CLOSE);

    private static final Pattern AGREED_AD_REF = Pattern.compile("\\s*(?i:agreed ad ref(erendum)?)\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(?<![A-Za-z])(Option\\s++\\d++|Alt\\.(?:\\s*+\\d++)?+|bis)(\\s*+:?+\\s*+)$"); // possessive: linear
    private boolean agreedMark;
    private final Grammar grammar;
    private final NotationNames names;
    private final Ids ids;
    private final Set<Integer> footnotes;
    private final InlineWriter check;

    InlineReader(NotationNames names, Ids ids, Set<Integer> footnotes, String language) {
        this.grammar = new Grammar(names);
        this.names = names;
        this.ids = ids;
        this.footnotes = footnotes;
        this.check = new InlineWriter(names, language, ref -> PageText.ref(ref.substring(2)), id -> 0);
    }

    Ids ids() {
        return ids;
    }

    /** Writes proposals back with import-time markers, to check what was read against the source. */
    InlineWriter writer() {
        return check;
    }

    List<Inline> read(List<Node> nodes) {
        List<Inline> out = new ArrayList<>();
        for (Node node : nodes) {
            switch (node) {
                case Chars c -> text(c.span().text(), out);
                case Group g -> group(g, out);
            }
        }
        return LooseAttributions.read(out, grammar, names, this);
    }

    private void group(Group g, List<Inline> out) {
        if (g.children().isEmpty() && !g.square()) {
            out.add(new Placeholder(""));
            return;
        }
        Flat flat = Flat.of(g.children());
        NotationNames.Parsed tag = names.actors(flat.text(), Grammar.ws(flat.text(), 0))
                .filter(t -> Grammar.ws(flat.text(), t.end()) == flat.text().length()).orElse(null);
        if (g.square() && AGREED_AD_REF.matcher(flat.text()).matches()) { // "[Agreed ad ref]"
            if (!out.isEmpty() && out.getLast() instanceof Proposal prev && prev.notation() != null) {
                List<String> layout = new ArrayList<>(prev.notation().layout());
                layout.add("$status");
                out.set(out.size() - 1, prev.withStatus(Status.AGREED).withNotation(hint(prev.notation(), layout)));
            } else {
                agreedMark = true;
            }
            return;
        }
        NotationNames.Parsed credit = g.square() ? credit(flat.text()) : null;
        if (credit != null && !out.isEmpty() && out.getLast() instanceof Proposal prev // "[最近可用的][尼日利亚提案]"
                && prev.kind() == ProposalKind.BRACKETED && !prev.actors().attributed() && prev.notation() != null
                && prev.proposals().isEmpty() && prev.positions().isEmpty() && !prev.text().isEmpty()) {
            List<String> layout = new ArrayList<>(prev.notation().layout());
            layout.add(String.valueOf(g.open()));
            layout.add(Notation.BY);
            String word = flat.text().strip().substring(credit.end() - Grammar.ws(flat.text(), 0));
            if (!word.isEmpty()) layout.add(word);
            layout.add(String.valueOf(g.close()));
            out.set(out.size() - 1, new Proposal(prev.id(), ProposalKind.INSERT, credit.actors(), List.of(), prev.text(),
                    List.of(), null, List.of(), Status.OPEN, List.of(), List.of(), null,
                    new Notation(layout, credit.spellings(), credit.join(), ProposalKind.INSERT.wire(), null)));
            return;
        }
        if (tag != null && g.square()) { // "[巴基斯坦]": a name standing as a tag on the text around it
            out.add(new Proposal(ids.next("pr"), ProposalKind.BRACKETED, tag.actors(), List.of(), List.of(), List.of(),
                    null, List.of(), Status.OPEN, List.of(), List.of(), null, new Notation(List.of(
                    String.valueOf(g.open()), Notation.BY, String.valueOf(g.close())), tag.spellings(), tag.join(),
                    ProposalKind.BRACKETED.wire(), null)));
            return;
        }
        Attribution a = grammar.parse(flat.text());
        if (a == null) a = grammar.comment(flat.text()); // "（美国——“…”或“…”都可以）": said about the proposal before
        if (a != null && a.positionsOnly()) {
            if (attachPositions(a, flat, g, out)) return;
            a = null;
        }
        Proposal p = a == null ? null : build(a, flat, String.valueOf(g.open()), String.valueOf(g.close()));
        if (p != null && !same(check.proposal(p, null), g.whole().text())) p = null;
        if (p == null) {
            if (!g.square()) { // ordinary parentheses: "（PBC）"
                text(String.valueOf(g.open()), out);
                for (Inline inner : read(g.children())) {
                    if (inner instanceof Text t) append(t.text(), out);
                    else out.add(inner);
                }
                text(String.valueOf(g.close()), out);
                return;
            }
            p = tagged(bracketed(read(g.children()), String.valueOf(g.open()), String.valueOf(g.close())));
        } else if (a.needsTarget || a.alternative) {
            if (combine(p, a, out)) return;
        }
        out.add(labelled(p, out));
    }

    /** "Option 1: [text – US]", "Alt. [text]": the label written before a bracket belongs to its proposal. */
    private static Proposal labelled(Proposal p, List<Inline> out) {
        if (out.isEmpty() || !(out.getLast() instanceof Text t) || p.notation() == null || p.label() != null) return p;
        Matcher m = LABEL.matcher(t.text());
        if (!m.find()) return p;
        out.removeLast();
        if (m.start() > 0) out.add(new Text(t.text().substring(0, m.start())));
        List<String> layout = new ArrayList<>(List.of("$label"));
        if (!m.group(2).isEmpty()) layout.add(m.group(2));
        layout.addAll(p.notation().layout());
        return new Proposal(p.id(), p.kind(), p.actors(), p.target(), p.text(), p.targetIds(), p.destination(),
                p.blocks(), p.status(), p.proposals(), p.positions(), m.group(1), hint(p.notation(), layout));
    }

    /** "尼日利亚提案", "瑞士的提案", "US proposal", or a name alone: whose the bracket before is. */
    private NotationNames.Parsed credit(String content) {
        String s = content.strip();
        var who = names.actors(s, 0);
        if (who.isEmpty()) return null;
        String rest = s.substring(who.get().end());
        return rest.isEmpty() || rest.equals("提案") || rest.equals("的提案") || rest.equals(" proposal") ? who.get() : null;
    }

    /** Whether the block just read ended with "[Agreed ad ref]" outside any proposal (then the paragraph is agreed). */
    boolean takeAgreedMark() {
        boolean mark = agreedMark;
        agreedMark = false;
        return mark;
    }

    /** "[[巴基斯坦]提高…网络。[阿尔及利亚]]": the passage is proposed by the delegations tagged at its ends. */
    private Proposal tagged(Proposal p) {
        List<Inline> text = new ArrayList<>(p.text());
        Proposal first = text.isEmpty() ? null : tag(text.getFirst());
        Proposal last = text.size() < 2 ? null : tag(text.getLast());
        if (first == null && last == null) return p;
        List<String> by = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        List<String> layout = new ArrayList<>(List.of(p.notation().layout().getFirst()));
        if (first != null) {
            text.removeFirst();
            layout.addAll(List.of(first.notation().layout().get(0), Notation.BY + ":0", first.notation().layout().get(2)));
            by.add(first.actors().by().getFirst());
            spellings.add(first.notation().spellings().getFirst());
        }
        layout.add(Notation.TEXT);
        if (last != null) {
            text.removeLast();
            layout.addAll(List.of(last.notation().layout().get(0), Notation.BY + ":" + by.size(), last.notation().layout().get(2)));
            by.add(last.actors().by().getFirst());
            spellings.add(last.notation().spellings().getFirst());
        }
        layout.add(p.notation().layout().getLast());
        if (text.isEmpty()) return p;
        return new Proposal(p.id(), ProposalKind.INSERT, new Actors(by, null), List.of(), text, List.of(), null,
                List.of(), Status.OPEN, List.of(), List.of(), null,
                new Notation(layout, spellings, "", ProposalKind.INSERT.wire(), null));
    }

    private static Proposal tag(Inline inline) {
        return inline instanceof Proposal t && t.kind() == ProposalKind.BRACKETED && t.actors().by().size() == 1
                && t.actors().onBehalfOf() == null && t.text().isEmpty() && t.notation() != null
                && t.notation().layout().size() == 3 ? t : null;
    }

    Proposal bracketed(List<Inline> content, String open, String close) {
        Notation hint = new Notation(List.of(open, Notation.TEXT, close), List.of(), "",
                ProposalKind.BRACKETED.wire(), null);
        if (content.isEmpty()) hint = new Notation(List.of(open, close), List.of(), "", ProposalKind.BRACKETED.wire(), null);
        return new Proposal(ids.next("pr"), ProposalKind.BRACKETED, Actors.NOBODY, List.of(), content, List.of(), null,
                List.of(), Status.OPEN, List.of(), List.of(), null, hint);
    }

    /** "[a][俄罗斯——替换“b”]" and "“各”[俄罗斯——删除]": the bracket acts on the words just before it. */
    private boolean combine(Proposal p, Attribution a, List<Inline> out) {
        if (out.isEmpty()) return false;
        Inline prev = out.getLast();
        if (prev instanceof Proposal base && base.kind() == ProposalKind.BRACKETED && !base.actors().attributed()
                && base.notation() != null && base.target().isEmpty()) {
            if (a.alternative || !base.proposals().isEmpty()) { // alternatives to the bracketed words
                List<Proposal> alts = new ArrayList<>(base.proposals());
                alts.add(p);
                List<String> layout = new ArrayList<>(base.notation().layout());
                layout.add("$sub:" + (alts.size() - 1));
                out.set(out.size() - 1, base.withProposals(alts).withNotation(hint(base.notation(), layout)));
                return true;
            }
            if (p.target().isEmpty()) {
                List<String> layout = new ArrayList<>();
                for (String t : base.notation().layout()) layout.add(t.equals(Notation.TEXT) ? Notation.TARGET : t);
                layout.addAll(p.notation().layout());
                out.set(out.size() - 1, withTarget(p, base.text(), layout));
                return true;
            }
        }
        if (a.needsTarget && p.target().isEmpty() && prev instanceof Text t
                && (t.text().endsWith("）") || t.text().endsWith(")"))) { // "（3 名）（斯洛伐克——删除）"
            char close = t.text().charAt(t.text().length() - 1);
            int open = t.text().lastIndexOf(close == '）' ? '（' : '(');
            if (open >= 0 && t.text().indexOf(close, open) == t.text().length() - 1 && open + 1 < t.text().length() - 1) {
                String words = t.text().substring(open + 1, t.text().length() - 1);
                List<String> layout = new ArrayList<>(List.of(String.valueOf(t.text().charAt(open)), Notation.TARGET,
                        String.valueOf(close)));
                layout.addAll(p.notation().layout());
                out.removeLast();
                if (open > 0) out.add(new Text(t.text().substring(0, open)));
                out.add(withTarget(p, List.of(new Text(words)), layout));
                return true;
            }
        }
        if (a.needsTarget && p.target().isEmpty() && prev instanceof Text t && t.text().endsWith("”")) {
            int open = t.text().lastIndexOf('“');
            if (open >= 0 && t.text().indexOf('”', open) == t.text().length() - 1) {
                String words = t.text().substring(open + 1, t.text().length() - 1);
                List<String> layout = new ArrayList<>(List.of("“", Notation.TARGET, "”"));
                layout.addAll(p.notation().layout());
                out.removeLast();
                if (open > 0) out.add(new Text(t.text().substring(0, open)));
                out.add(withTarget(p, List.of(new Text(words)), layout));
                return true;
            }
        }
        return false;
    }

    private static Proposal withTarget(Proposal p, List<Inline> target, List<String> layout) {
        return new Proposal(p.id(), p.kind(), p.actors(), target, p.text(), p.targetIds(), p.destination(),
                p.blocks(), p.status(), p.proposals(), p.positions(), p.label(), hint(p.notation(), layout));
    }

    private static Notation hint(Notation n, List<String> layout) {
        return new Notation(layout, n.spellings(), n.join(), n.kind(), n.after());
    }

    /** "[产权组织纽约办事处——俄罗斯；中国][美国不同意]": positions in a bracket of their own after the proposal. */
    private boolean attachPositions(Attribution a, Flat flat, Group g, List<Inline> out) {
        if (out.isEmpty() || !(out.getLast() instanceof Proposal host) || host.notation() == null
                || !InlineWriter.fits(host)) {
            return false;
        }
        List<Position> positions = new ArrayList<>(host.positions());
        List<String> layout = new ArrayList<>(host.notation().layout());
        layout.add(String.valueOf(g.open()));
        for (String t : a.layout) {
            if (t.startsWith("$pos:")) {
                layout.add("$pos:" + positions.size());
                positions.add(position(a.positions.get(Integer.parseInt(t.substring(5))), flat));
            } else {
                layout.add(t);
            }
        }
        layout.add(String.valueOf(g.close()));
        Proposal joined = host.withPositions(positions).withNotation(hint(host.notation(), layout));
        String source = check.proposal(host, null) + g.whole().text();
        if (!same(check.proposal(joined, null), source)) return false;
        out.set(out.size() - 1, joined);
        return true;
    }

    Proposal build(Attribution a, Flat flat, String open, String close) {
        List<Position> positions = a.positions.stream().map(p -> position(p, flat)).toList();
        List<Proposal> nested = new ArrayList<>();
        for (Attribution sub : a.nested) {
            Proposal n = build(sub, flat, "", "");
            if (n == null) return null;
            nested.add(n);
        }
        List<String> layout = new ArrayList<>();
        if (!open.isEmpty()) layout.add(open);
        layout.addAll(a.layout);
        if (!close.isEmpty()) layout.add(close);
        NotationNames.Parsed by = a.by;
        Notation hint = new Notation(layout, by == null ? List.of() : by.spellings(), by == null ? "" : by.join(),
                a.kind.wire(), null);
        return new Proposal(ids.next("pr"), a.kind, by == null ? Actors.NOBODY : by.actors(), inlines(flat, a.target), inlines(flat, a.text),
                List.of(), a.destination, List.of(), Status.OPEN, nested, positions, null, hint);
    }

    Position position(Attribution.Pos p, Flat flat) {
        List<String> spellings = new ArrayList<>(p.by().spellings());
        if (p.agreesSpelling() != null) spellings.add(p.agreesSpelling());
        String text = p.text() == null ? null : flat.text().substring(p.text().from(), p.text().to());
        if (text != null && text.indexOf(Grammar.GROUP) >= 0) text = flat.source(p.text());
        Notation hint = new Notation(p.layout(), spellings, p.by().join(), p.stance().wire(), null);
        return new Position(ids.next("po"), p.stance(), p.by().actors(), text, p.agreesWith(), hint);
    }

    private List<Inline> inlines(Flat flat, Attribution.Range r) {
        return r == null || r.empty() ? List.of() : read(flat.nodes(r));
    }

    void text(String s, List<Inline> out) {
        Matcher ref = REF.matcher(s);
        int at = 0;
        while (ref.find()) {
            plain(s.substring(at, ref.start()), out);
            int n = Integer.parseInt(ref.group(1));
            if (footnotes.contains(n)) out.add(new FootnoteRef(Ids.footnote(n)));
            else plain(ref.group(1), out);
            at = ref.end();
        }
        plain(s.substring(at), out);
    }

    private static void plain(String s, List<Inline> out) {
        Matcher ph = PLACEHOLDER.matcher(s);
        int at = 0;
        while (ph.find()) {
            append(s.substring(at, ph.start()), out);
            out.add(new Placeholder(ph.group(1)));
            at = ph.end();
        }
        append(s.substring(at), out);
    }

    static void append(String s, List<Inline> out) {
        if (s.isEmpty()) return;
        if (!out.isEmpty() && out.getLast() instanceof Text t) out.set(out.size() - 1, new Text(t.text() + s));
        else out.add(new Text(s));
    }

    /** Same text once whitespace is ignored and full-width and ASCII brackets are treated alike. */
    static boolean same(String written, String source) {
        return normal(written).equals(normal(source));
    }

    static String normal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Span.blank(c)) continue;
            out.append(switch (c) {
                case '［', '【' -> '[';
                case '］', '】' -> ']';
                case '（' -> '(';
                case '）' -> ')';
                default -> c;
            });
        }
        return out.toString();
    }
}
