package org.draftroom.notation.internal.reading;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.notation.internal.reading.Scanner.Group;

/**
 * Lines that begin with who speaks: new wording for the paragraph or item above ("美国建议上段的措辞：…"), the
 * replacement of named paragraphs ("美国：替换第 12、13和 14段。"), moves, deletions, positions on a line of
 * their own ("印度：同意阿尔及利亚"), and plain statements ("俄罗斯联邦：…"). Lines wholly in brackets
 * ("[俄罗斯——删除第三项]") are read the same way.
 */
final class SpeakerLines {
    private static final Pattern REWRITE = Pattern.compile("^([：:]?)([^：:\\uE002]{0,16}?措辞)([：:])");
    private static final Pattern REPLACE = Pattern.compile(
            "^([：:])(\\s*替换第\\s*)(\\d+(?:\\s*[、和至]\\s*\\d+)*)(\\s*段\\s*)(。?)");
    private static final Pattern BARE = Pattern.compile("^([：:])\\s*");
    private static final Pattern PARAGRAPH = Pattern.compile("第\\s*(\\d+)\\s*段");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern AGREED = Pattern.compile("PBC\\s?同意\\s*$");

    /** What a line became. */
    sealed interface Outcome permits AsBlock, Detached, NeedsBody {
    }

    record AsBlock(Block block) implements Outcome {
    }

    /** Positions waiting for the proposal they are about; the statement to keep if there is none. */
    record Detached(List<Position> positions, String text, Block fallback) implements Outcome {
    }

    /** A rewrite of named paragraphs whose new text follows in the next blocks. */
    record NeedsBody(Proposal proposal) implements Outcome {
    }

    /** What the line can refer back to. */
    interface Context {
        String paragraph(int number);

        String previousParagraph();

        String previousItem();
    }

    private final BlockReader reader;
    private final Scanner scanner;
    private final Grammar grammar;
    private final NotationNames names;
    private final Ids ids;

    SpeakerLines(BlockReader reader, Scanner scanner, NotationNames names, Ids ids) {
        this.reader = reader;
        this.scanner = scanner;
        this.grammar = new Grammar(names);
        this.names = names;
        this.ids = ids;
    }

    Outcome read(BlockSplitter.Raw raw, Context context) {
        String text = raw.text();
        if (BlockSplitter.BULLET.matcher(text).find() || BlockSplitter.ITEM.matcher(text).find()) {
            return new AsBlock(reader.block(raw));
        }
        if (text.startsWith("批注")) return new AsBlock(marginComment(raw));
        Flat flat = Flat.of(scanner.scan(raw.span()));
        Optional<NotationNames.Parsed> who = names.actors(flat.text(), 0);
        if (who.isPresent()) {
            Outcome o = replaceParagraphs(flat, who.get(), context);
            if (o == null) o = rewrite(raw, flat, who.get(), context);
            if (o == null) o = move(flat, who.get(), raw);
            if (o == null) o = wholeLine(flat, raw, "", "");
            if (o != null) return o;
            if (Vocabulary.startsWithAny(flat.text(), who.get().end(), List.of("：", ":", "——", "—")) != null) {
                return new AsBlock(statement(raw, flat, who.get()));
            }
        }
        if (flat.text().length() == 1 && flat.groupAt(0) instanceof Group g && g.square()) {
            Outcome o = wholeLine(Flat.of(g.children()), raw, String.valueOf(g.open()), String.valueOf(g.close()));
            if (o != null) return o;
        }
        return new AsBlock(reader.block(raw));
    }

    /** Whether the line only states positions ("俄罗斯——不同意上面内容"). */
    boolean positionsOnly(BlockSplitter.Raw raw) {
        Flat flat = Flat.of(scanner.scan(raw.span()));
        Attribution a = grammar.parse(flat.text());
        return a != null && a.positionsOnly();
    }

    private Outcome wholeLine(Flat flat, BlockSplitter.Raw raw, String open, String close) {
        Attribution a = grammar.parse(flat.text());
        if (a == null) return null;
        if (a.positionsOnly()) {
            List<Position> positions = positions(a, flat, open, close);
            String check = positions.stream().map(p -> reader.writer().position(p, "")).reduce("", String::concat);
            if (!InlineReader.same(check, raw.text())) return null;
            return new Detached(positions, flat.source(new Attribution.Range(0, flat.text().length())),
                    fallback(raw, flat));
        }
        if (a.alternative && !a.quoted && open.isEmpty()) return null; // "俄罗斯——职权范围应符合…": a statement
        Proposal p = reader.inlineReader().build(a, flat, open, close);
        if (p == null || !InlineReader.same(reader.writer().proposal(p, null), raw.text())) return null;
        return new AsBlock(new ProposalBlock(ids.next("pb"), p));
    }

    /** Spreads the literal tokens around the positions of one line over the positions themselves. */
    List<Position> positions(Attribution a, Flat flat, String open, String close) {
        List<Position> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        if (!open.isEmpty()) pending.add(open);
        for (String t : a.layout) {
            if (t.startsWith("$pos:")) {
                Position p = reader.inlineReader().position(a.positions.get(Integer.parseInt(t.substring(5))), flat);
                List<String> layout = new ArrayList<>(pending);
                layout.addAll(p.notation().layout());
                pending.clear();
                out.add(withLayout(p, layout));
            } else {
                pending.add(t);
            }
        }
        if (!close.isEmpty()) pending.add(close);
        if (!out.isEmpty() && !pending.isEmpty()) {
            Position last = out.getLast();
            List<String> layout = new ArrayList<>(last.notation().layout());
            layout.addAll(pending);
            out.set(out.size() - 1, withLayout(last, layout));
        }
        return out;
    }

    static Position withLayout(Position p, List<String> layout) {
        Notation n = p.notation();
        return new Position(p.id(), p.stance(), p.actors(), p.text(), p.agreesWith(),
                new Notation(layout, n.spellings(), n.join(), n.kind(), n.after()));
    }

    /** "美国建议上段的措辞：…", "阿尔及利亚代表非洲集团[…]提出上面一项的替代措辞：[…]", "巴基斯坦：第 9 段的建议新措辞：[…" */
    private Outcome rewrite(BlockSplitter.Raw raw, Flat flat, NotationNames.Parsed who, Context context) {
        String s = flat.text();
        int k = who.end();
        List<String> layout = new ArrayList<>(List.of(Notation.BY));
        List<Position> positions = new ArrayList<>();
        if (k < s.length() && s.charAt(k) == Grammar.GROUP && flat.groupAt(k) instanceof Group g) {
            Attribution lead = grammar.parse(Flat.of(g.children()).text());
            if (lead == null || !lead.positionsOnly()) return null;
            addPositions(lead, Flat.of(g.children()), g, layout, positions);
            k++;
        }
        Matcher m = REWRITE.matcher(s.substring(k));
        boolean phrased = m.find();
        if (!phrased) { // "阿尔及利亚代表非洲集团：[…]": new wording, in brackets, straight after the name
            m = BARE.matcher(s.substring(k));
            if (!m.find() || m.group(1).isEmpty() || k + m.end() >= s.length()) return null;
        }
        for (int i = 1; i <= m.groupCount(); i++) if (!m.group(i).isEmpty()) layout.add(m.group(i));
        int from = k + m.end();
        int to = s.length();
        boolean agreed = false;
        Matcher pbc = AGREED.matcher(s);
        if (pbc.find() && pbc.start() >= from) {
            agreed = true;
            to = pbc.start();
        }
        List<Group> trailing = new ArrayList<>();
        while (to > from && s.charAt(to - 1) == Grammar.GROUP && flat.groupAt(to - 1) instanceof Group g) {
            Attribution t = grammar.parse(Flat.of(g.children()).text());
            if (t == null || !t.positionsOnly()) break;
            trailing.addFirst(g);
            to--;
        }
        List<Inline> text;
        Attribution.Range body = new Attribution.Range(Grammar.ws(s, from), to);
        if (body.to() - body.from() == 1 && flat.groupAt(body.from()) instanceof Group g && g.square()) {
            text = reader.inlineReader().read(g.children());
            layout.addAll(List.of(String.valueOf(g.open()), Notation.TEXT, String.valueOf(g.close())));
        } else {
            text = reader.inlineReader().read(flat.nodes(body));
            layout.add(Notation.TEXT);
        }
        boolean wholeBracket = layout.indexOf(Notation.TEXT) == layout.size() - 2;
        if (text.isEmpty() || !phrased && !wholeBracket && trailing.isEmpty()) return null;
        for (Group g : trailing) addPositions(grammar.parse(Flat.of(g.children()).text()), Flat.of(g.children()), g,
                layout, positions);
        if (agreed) layout.add("$status");
        String phrase = phrased ? m.group(2) : "";
        String target = phrase.contains("上段") || phrase.contains("上面一段") ? context.previousParagraph()
                : phrase.contains("上面一项") ? context.previousItem() : null;
        Matcher n = PARAGRAPH.matcher(phrase);
        if (n.find()) target = context.paragraph(Integer.parseInt(n.group(1)));
        if (target != null) layout.add("$targets:implicit");
        Notation hint = new Notation(layout, who.spellings(), who.join(), ProposalKind.REWRITE.wire(), null);
        Proposal p = new Proposal(ids.next("pr"), ProposalKind.REWRITE, who.actors(), List.of(), text,
                target == null ? List.of() : List.of(target), null, List.of(), agreed ? Status.AGREED : Status.OPEN,
                List.of(), positions, null, hint);
        if (!InlineReader.same(reader.writer().proposal(p, null), raw.text())) return null;
        return new AsBlock(new ProposalBlock(ids.next("pb"), p));
    }

    private void addPositions(Attribution a, Flat inner, Group g, List<String> layout, List<Position> positions) {
        List<Position> made = positions(a, inner, String.valueOf(g.open()), String.valueOf(g.close()));
        for (Position p : made) {
            layout.add("$pos:" + positions.size());
            positions.add(p);
        }
    }

    /** "美国：替换第 12、13和 14段。[巴基斯坦支持美国建议][伊朗、俄罗斯不同意]" */
    private Outcome replaceParagraphs(Flat flat, NotationNames.Parsed who, Context context) {
        String s = flat.text();
        Matcher m = REPLACE.matcher(s.substring(who.end()));
        if (!m.find()) return null;
        List<String> targets = new ArrayList<>();
        String numbers = m.group(3);
        Matcher num = NUMBER.matcher(numbers);
        List<Integer> ns = new ArrayList<>();
        while (num.find()) ns.add(Integer.parseInt(num.group()));
        String style = numbers.contains("至") ? "至" : numbers.contains("和") && numbers.contains("、") ? "、和"
                : numbers.contains("和") ? "和" : "、";
        if (style.equals("至") && ns.size() == 2) {
            List<Integer> range = new ArrayList<>();
            for (int i = ns.get(0); i <= ns.get(1) && range.size() < 50; i++) range.add(i);
            ns = range;
        }
        for (int n : ns) {
            String id = context.paragraph(n);
            if (id == null) return null;
            targets.add(id);
        }
        List<String> layout = new ArrayList<>(List.of(Notation.BY, m.group(1), m.group(2).strip(), "$targets:" + style,
                m.group(4).strip()));
        if (!m.group(5).isEmpty()) layout.add(m.group(5));
        List<Position> positions = new ArrayList<>();
        for (int k = who.end() + m.end(); k < s.length(); k++) {
            if (Span.blank(s.charAt(k))) continue;
            if (s.charAt(k) != Grammar.GROUP || !(flat.groupAt(k) instanceof Group g)) return null;
            Attribution a = grammar.parse(Flat.of(g.children()).text());
            if (a == null || !a.positionsOnly()) return null;
            addPositions(a, Flat.of(g.children()), g, layout, positions);
        }
        layout.add("$blocks");
        Notation hint = new Notation(layout, who.spellings(), who.join(), ProposalKind.REWRITE.wire(), null);
        return new NeedsBody(new Proposal(ids.next("pr"), ProposalKind.REWRITE, who.actors(), List.of(), List.of(),
                targets, null, List.of(), Status.OPEN, List.of(), positions, null, hint));
    }

    /** "伊朗：建议将第 6 段移至 D节" */
    private Outcome move(Flat flat, NotationNames.Parsed who, BlockSplitter.Raw raw) {
        String[] m = MoveSentence.groups(flat.text().substring(who.end()));
        if (m == null || flat.text().indexOf(Grammar.GROUP) >= 0) return null;
        List<String> layout = new ArrayList<>(List.of(Notation.BY, m[0], m[1].strip(), Notation.TEXT, m[3], "$dest"));
        if (!m[5].isEmpty()) layout.add(m[5]);
        Notation hint = new Notation(layout, who.spellings(), who.join(), ProposalKind.MOVE.wire(), null);
        Proposal p = new Proposal(ids.next("pr"), ProposalKind.MOVE, who.actors(), List.of(),
                Structurer.text(m[2].strip()), List.of(), m[4].strip(), List.of(), Status.OPEN, List.of(),
                List.of(), null, hint);
        if (!InlineReader.same(reader.writer().proposal(p, null), raw.text())) return null;
        return new AsBlock(new ProposalBlock(ids.next("pb"), p));
    }

    /** Said about the text, without a proposal or position the notation spells out. */
    private Statement statement(BlockSplitter.Raw raw, Flat flat, NotationNames.Parsed who) {
        String s = flat.text();
        String sep = Vocabulary.startsWithAny(s, who.end(), List.of("：", ":", "——", "—", ""));
        int from = Grammar.ws(s, who.end() + sep.length());
        List<String> layout = new ArrayList<>(List.of(Notation.BY));
        if (!sep.isEmpty()) layout.add(sep);
        layout.add(Notation.TEXT);
        Notation hint = new Notation(layout, who.spellings(), who.join(), "statement", null);
        return new Statement(ids.next("st"), Statement.StatementKind.STATEMENT, who.actors(),
                reader.inlineReader().read(flat.nodes(new Attribution.Range(from, s.length()))), hint);
    }

    private Block fallback(BlockSplitter.Raw raw, Flat flat) {
        Optional<NotationNames.Parsed> who = names.actors(flat.text(), 0);
        if (who.isPresent()) return statement(raw, flat, who.get());
        return reader.block(raw);
    }

    /** "批注 [作者1]: 阿尔及利亚提出增加": kept as written, credited to the delegation it names first. */
    private Statement marginComment(BlockSplitter.Raw raw) {
        String body = raw.text().substring(2).strip();
        int colon = body.indexOf("]:");
        Actors who = Actors.NOBODY;
        if (colon >= 0) {
            Optional<NotationNames.Parsed> named = names.actors(body, Grammar.ws(body, colon + 2));
            if (named.isPresent()) who = named.get().actors();
        }
        return new Statement(ids.next("st"), Statement.StatementKind.MARGIN_COMMENT, who,
                Structurer.text(body), null);
    }
}
