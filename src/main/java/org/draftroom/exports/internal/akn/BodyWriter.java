package org.draftroom.exports.internal.akn;

import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;

/** The body of an Akoma Ntoso document: hierarchy elements with unique eIds, and inline markup of runs. */
final class BodyWriter {
    private final XMLStreamWriter xml;
    private final Set<String> usedIds;

    /** Footnotes by their number, those a reference in the text places as authorialNote (the rest stay blocks). */
    private final java.util.Map<String, Node.Para> footnotes = new java.util.HashMap<>();
    private final Set<String> referenced = new java.util.HashSet<>();
    private final Set<String> placed = new java.util.HashSet<>();

    BodyWriter(XMLStreamWriter xml, Set<String> usedIds) {
        this.xml = xml;
        this.usedIds = usedIds;
    }

    /** The part's footnotes go where they are referenced, as {@code authorialNote}, once each. */
    BodyWriter withFootnotesOf(List<Node> body) {
        collectFootnotes(body);
        collectReferences(body);
        return this;
    }

    private void collectFootnotes(List<Node> nodes) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Para p -> {
                    if (p.kind() == Node.Kind.FOOTNOTE && !p.label().isEmpty()) footnotes.putIfAbsent(p.label(), p);
                }
                case Node.Alternative a -> collectFootnotes(a.body());
                case Node.Heading h -> { }
                case Node.Table t -> { }
            }
        }
    }

    private void collectReferences(List<Node> nodes) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> references(h.runs());
                case Node.Para p -> {
                    if (p.kind() != Node.Kind.FOOTNOTE) references(p.runs());
                }
                case Node.Alternative a -> {
                    collectReferences(a.body());
                    references(a.trailer());
                }
                case Node.Table t -> t.rows().forEach(r -> r.cells().forEach(this::references));
            }
        }
    }

    private void references(List<Run> runs) {
        for (Run run : runs) {
            if (run instanceof Run.Styled s && s.style() == Run.Style.SUPERSCRIPT && footnotes.containsKey(s.text())) {
                referenced.add(s.text());
            } else if (run instanceof Run.Change c) {
                references(c.runs());
            }
        }
    }

    void nodes(List<Node> nodes, String prefix) throws XMLStreamException {
        int i = 0;
        while (i < nodes.size()) {
            Node node = nodes.get(i);
            if (node instanceof Node.Heading h) {
                int end = i + 1;
                while (end < nodes.size() && !(nodes.get(end) instanceof Node.Heading)) end++;
                section(h, nodes.subList(i + 1, end), prefix);
                i = end;
            } else {
                node(node, prefix);
                i++;
            }
        }
    }

    private void section(Node.Heading h, List<Node> body, String prefix) throws XMLStreamException {
        xml.writeStartElement("section");
        String eId = eId(prefix + "sec_" + h.label().replaceAll("\\W", ""), h.id());
        xml.writeAttribute("eId", eId);
        AknWriter.element(xml, "num", h.label(), null, null);
        xml.writeStartElement("heading");
        runs(h.runs());
        xml.writeEndElement();
        if (body.isEmpty()) {
            content(List.of());
        } else {
            for (Node node : body) node(node, eId + "__");
        }
        xml.writeEndElement();
    }

    private void node(Node node, String prefix) throws XMLStreamException {
        switch (node) {
            case Node.Heading h -> section(h, List.of(), prefix);
            case Node.Para p when p.kind() == Node.Kind.FOOTNOTE && referenced.contains(p.label()) -> {
                // written as authorialNote where the text refers to it
            }
            case Node.Para p -> {
                String element = switch (p.kind()) {
                    case PARAGRAPH -> "paragraph";
                    case ITEM -> "point";
                    case FOOTNOTE, STATEMENT, NOTE, CENTERED -> "hcontainer";
                };
                xml.writeStartElement(element);
                if (element.equals("hcontainer")) xml.writeAttribute("name", p.kind().name().toLowerCase());
                String base = p.kind() == Node.Kind.PARAGRAPH && p.label().matches("\\d+\\.")
                        ? "para_" + p.label().replace(".", "") : p.kind().name().toLowerCase();
                xml.writeAttribute("eId", eId(prefix + base, p.id()));
                if (p.level() > 0) xml.writeAttribute("class", "level-" + p.level());
                if (!p.label().isEmpty()) AknWriter.element(xml, "num", p.label(), null, null);
                content(p.runs());
                xml.writeEndElement();
            }
            case Node.Alternative alt -> {
                xml.writeStartElement("hcontainer");
                xml.writeAttribute("name", "alternative");
                String eId = eId(prefix + "alt", alt.id());
                xml.writeAttribute("eId", eId);
                if (!alt.replaces().isEmpty()) xml.writeAttribute("alternativeTo", target(alt.replaces().getFirst()));
                xml.writeAttribute("refersTo", refs(alt.author()));
                xml.writeStartElement("heading");
                xml.writeCharacters(alt.caption());
                xml.writeEndElement();
                if (alt.body().isEmpty()) {
                    content(alt.trailer());
                } else {
                    for (Node child : alt.body()) node(child, eId + "__");
                    if (!alt.trailer().isEmpty()) {
                        xml.writeStartElement("wrapUp");
                        p(alt.trailer());
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            case Node.Table t -> {
                xml.writeStartElement("hcontainer");
                xml.writeAttribute("name", "table");
                xml.writeAttribute("eId", eId(prefix + "tbl", t.id()));
                xml.writeStartElement("content");
                xml.writeStartElement("table");
                for (Node.Row row : t.rows()) {
                    xml.writeStartElement("tr");
                    for (List<Run> cell : row.cells()) {
                        xml.writeStartElement(row.header() ? "th" : "td");
                        p(cell);
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
    }

    private void content(List<Run> runs) throws XMLStreamException {
        xml.writeStartElement("content");
        p(runs);
        xml.writeEndElement();
    }

    private void p(List<Run> runs) throws XMLStreamException {
        xml.writeStartElement("p");
        runs(runs);
        xml.writeEndElement();
    }

    private void runs(List<Run> runs) throws XMLStreamException {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            switch (run) {
                case Run.Plain p -> xml.writeCharacters(p.text());
                case Run.Styled s -> {
                    switch (s.style()) {
                        case SUPERSCRIPT -> {
                            if (referenced.contains(s.text()) && placed.add(s.text())) authorialNote(footnotes.get(s.text()));
                            else AknWriter.element(xml, "sup", s.text(), null, null);
                        }
                        case STRONG -> AknWriter.element(xml, "b", s.text(), null, null);
                        case ATTRIBUTION -> AknWriter.element(xml, "span", s.text(), "class", "attribution");
                        case PLACEHOLDER -> AknWriter.element(xml, "span", s.text(), "class", "placeholder");
                    }
                }
                case Run.Change c -> {
                    // a replacement's deletion and insertion are one amendment: one span holds both
                    boolean replacement = c.type() == Run.Type.DELETE && c.proposalId() != null && i + 1 < runs.size()
                            && runs.get(i + 1) instanceof Run.Change next && next.type() == Run.Type.INSERT
                            && c.proposalId().equals(next.proposalId());
                    if (replacement) {
                        xml.writeStartElement("span");
                        xml.writeAttribute("class", "replacement");
                        xml.writeAttribute("eId", eId("prop_" + c.proposalId(), null));
                        change(c);
                        change((Run.Change) runs.get(++i));
                        xml.writeEndElement();
                    } else {
                        change(c);
                    }
                }
                case Run.Opinion o -> opinions(o);
            }
        }
    }

    private void authorialNote(Node.Para footnote) throws XMLStreamException {
        xml.writeStartElement("authorialNote");
        xml.writeAttribute("marker", footnote.label());
        xml.writeAttribute("placement", "bottom");
        xml.writeAttribute("eId", eId("fnt_" + footnote.label(), footnote.id()));
        p(footnote.runs());
        xml.writeEndElement();
    }

    private void change(Run.Change c) throws XMLStreamException {
        boolean insert = c.type() == Run.Type.INSERT;
        xml.writeStartElement(insert ? "ins" : "del");
        if (c.proposalId() != null) xml.writeAttribute("eId", eId("prop_" + c.proposalId() + (insert ? "_ins" : "_del"), null));
        if (c.author() != null && !c.author().ids().isEmpty()) xml.writeAttribute("refersTo", refs(c.author()));
        runs(c.runs());
        xml.writeEndElement();
    }

    /**
     * One {@code opinion} per delegation holding the position (opinion@by names one): the first carries the worded
     * position, the others mark that they hold it too; a group spoken for is kept as refersTo.
     */
    private void opinions(Run.Opinion o) throws XMLStreamException {
        List<String> holders = o.author().speakers();
        if (holders.isEmpty()) {
            xml.writeStartElement("span");
            xml.writeAttribute("class", "position");
            xml.writeCharacters(o.text());
            xml.writeEndElement();
            return;
        }
        for (int i = 0; i < holders.size(); i++) {
            if (i == 0) xml.writeStartElement("opinion");
            else xml.writeEmptyElement("opinion");
            xml.writeAttribute("by", "#" + ref(holders.get(i)));
            if (o.author().group() != null) xml.writeAttribute("refersTo", "#" + ref(o.author().group()));
            switch (o.stance()) {
                case SUPPORT -> xml.writeAttribute("type", "agreeing");
                case OPPOSE -> xml.writeAttribute("type", "dissenting");
                // AKN's opinion types are agreeing, dissenting and null: a reservation or comment stays untyped
                case RESERVE, COMMENT -> { }
            }
            if (i == 0) {
                xml.writeCharacters(o.text());
                xml.writeEndElement();
            }
        }
    }

    /** eIds follow the AKN naming convention where they can and stay unique across the document. */
    private String eId(String wanted, String modelId) {
        String base = wanted.replaceAll("[^A-Za-z0-9_.\\-]", "");
        if (base.isEmpty()) base = "blk";
        String candidate = base;
        int n = 2;
        while (!usedIds.add(candidate)) candidate = base + "-" + n++;
        if (modelId != null) modelIds.put(modelId, candidate);
        return candidate;
    }

    private final java.util.Map<String, String> modelIds = new java.util.HashMap<>();

    /** The eId of a replaced block: known when it came before, else derived from its model id. */
    private String target(String modelId) {
        return modelIds.getOrDefault(modelId, modelId.replaceAll("[^A-Za-z0-9_.\\-]", ""));
    }

    private static String refs(Author author) {
        return String.join(" ", author.ids().stream().map(id -> "#" + ref(id)).toList());
    }

    static String ref(String delegationId) {
        return delegationId.replaceAll("[^A-Za-z0-9_.\\-]", "");
    }

    static void authors(List<Node> nodes, Set<Author> out) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> runAuthors(h.runs(), out);
                case Node.Para p -> runAuthors(p.runs(), out);
                case Node.Alternative a -> {
                    if (!a.author().ids().isEmpty()) out.add(a.author());
                    authors(a.body(), out);
                    runAuthors(a.trailer(), out);
                }
                case Node.Table t -> t.rows().forEach(r -> r.cells().forEach(c -> runAuthors(c, out)));
            }
        }
    }

    private static void runAuthors(List<Run> runs, Set<Author> out) {
        for (Run run : runs) {
            if (run instanceof Run.Change c) {
                if (c.author() != null && !c.author().ids().isEmpty()) out.add(c.author());
                runAuthors(c.runs(), out);
            } else if (run instanceof Run.Opinion o && !o.author().ids().isEmpty()) {
                out.add(o.author());
            }
        }
    }
}
