package org.draftroom.notation.internal.reading;

import org.draftroom.notation.internal.writing.InlineWriter;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.notation.ImportWarning;

/** Reads one block of source into a model block: an item, a statement, or an unnumbered paragraph. */
final class BlockReader {
    private final Scanner scanner;
    private final InlineReader inline;
    private final NotationNames names;
    private final Ids ids;

    BlockReader(Source source, NotationNames names, Ids ids, Set<Integer> footnotes, String language,
                List<ImportWarning> warnings) {
        this.scanner = new Scanner(source, warnings);
        this.inline = new InlineReader(names, ids, footnotes, language);
        this.names = names;
        this.ids = ids;
    }

    List<Inline> inlines(Span span) {
        return inline.read(scanner.scan(span));
    }

    InlineWriter writer() {
        return inline.writer();
    }

    Scanner scanner() {
        return scanner;
    }

    InlineReader inlineReader() {
        return inline;
    }

    Block block(BlockSplitter.Raw raw) {
        String text = raw.text();
        Matcher bullet = BlockSplitter.BULLET.matcher(text);
        if (bullet.find()) {
            char mark = text.charAt(firstNonBracket(text));
            Span body = raw.span().sub(0, firstNonBracket(text)).append(raw.span().sub(bullet.end(), text.length()));
            Item.Marker marker = mark == '−' || mark == '-' || mark == '–' ? Item.Marker.DASH : Item.Marker.BULLET;
            return Structurer.item(ids.next("i"), marker, inlines(body.strip()));
        }
        Matcher item = BlockSplitter.ITEM.matcher(text);
        if (item.find()) {
            String label = item.group(1);
            Item.Marker marker = label.matches("\\d+") ? Item.Marker.NUMBER
                    : label.matches("[ivx]{2,5}") ? Item.Marker.ROMAN : Item.Marker.LETTER;
            Span body = raw.span().sub(0, firstNonBracket(text)).append(raw.span().sub(item.end(), text.length()));
            return Structurer.item(ids.next("i"), marker, inlines(body.strip()));
        }
        int speaker = names.speakerPrefix(text);
        if (speaker > 0) {
            NotationNames.Parsed by = names.actors(text, 0).orElseThrow();
            List<String> layout = List.of(Notation.BY, text.substring(by.end(), speaker), Notation.TEXT);
            Notation hint = new Notation(layout, by.spellings(), by.join(), "statement", null);
            return new Statement(ids.next("st"), Statement.StatementKind.STATEMENT, by.actors(),
                    inlines(raw.span().sub(speaker, text.length()).strip()), hint);
        }
        List<Inline> content = inlines(raw.span());
        Status status = inline.takeAgreedMark() ? Status.AGREED : Status.OPEN;
        return new Paragraph(ids.next("p"), false, content, List.of(), status, false);
    }

    private static int firstNonBracket(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '[' || text.charAt(i) == '［' || Span.blank(text.charAt(i)))) i++;
        return i;
    }
}
