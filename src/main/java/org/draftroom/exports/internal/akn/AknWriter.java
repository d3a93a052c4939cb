package org.draftroom.exports.internal.akn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.render.XmlText;

/**
 * Akoma Ntoso 3.0 ({@code doc}): FRBR identification, a {@code TLCOrganization} per delegation, an
 * {@code eId} per paragraph, proposals as {@code ins}/{@code del} referring to their proposer, positions as
 * {@code opinion} per delegation, chair's texts as {@code hcontainer@alternativeTo} the paragraph they replace,
 * footnotes as {@code authorialNote} where they are referred to, issued versions as lifecycle events.
 * A bundle's parts after the first become {@code attachments}.
 */
public final class AknWriter {
    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Map<String, String> ISO_639_2 = Map.of("zh", "zho", "en", "eng", "fr", "fra",
            "es", "spa", "ru", "rus", "ar", "ara");

    private final Names names;
    private Rendition.Identity identity = Rendition.Identity.WORKING;
    private Rendition.HeaderBlock mainHeader;

    public AknWriter(Names names) {
        this.names = names;
    }

    public String write(Rendition rendition) {
        try {
            XmlText.CleanWriter buffer = new XmlText.CleanWriter(64 * 1024);
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("akomaNtoso");
            xml.writeDefaultNamespace(NS);
            Rendition.Part main = rendition.parts().getFirst();
            Map<String, String> organisations = organisations(rendition);
            identity = rendition.identity();
            mainHeader = main.header();
            doc(xml, rendition.language(), main, organisations, rendition.parts().subList(1, rendition.parts().size()));
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return buffer.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Akoma Ntoso failed", e);
        }
    }

    private void doc(XMLStreamWriter xml, String language, Rendition.Part part, Map<String, String> organisations,
                     List<Rendition.Part> attachments) throws XMLStreamException {
        xml.writeStartElement("doc");
        xml.writeAttribute("name", part.header().annexLabel() != null ? "annex" : "document");
        meta(xml, language, part.header(), organisations);
        preface(xml, part.header());
        xml.writeStartElement("mainBody");
        new BodyWriter(xml, new HashSet<>()).withFootnotesOf(part.body()).nodes(part.body(), "");
        if (part.closing() != null) element(xml, "p", part.closing(), "class", "closing");
        xml.writeEndElement();
        if (!attachments.isEmpty()) {
            xml.writeStartElement("attachments");
            for (Rendition.Part attachment : attachments) {
                xml.writeStartElement("attachment");
                doc(xml, language, attachment, organisations, List.of());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void meta(XMLStreamWriter xml, String language, Rendition.HeaderBlock h, Map<String, String> organisations)
            throws XMLStreamException {
        String date = (h.isoDate() != null ? h.isoDate() : LocalDate.of(1970, 1, 1)).toString();
        String number = symbolPath(h.symbol());
        String annex = h.annexLabel() == null ? "" : "/annex";
        String work = "/akn/un/doc/committee/" + date + "/" + number + annex;
        String lang = ISO_639_2.getOrDefault(language, language);
        xml.writeStartElement("meta");
        xml.writeStartElement("identification");
        xml.writeAttribute("source", "#secretariat");
        frbr(xml, "FRBRWork", work, date, () -> {
            empty(xml, "FRBRcountry", "value", "un");
            if (h.symbol() != null) empty(xml, "FRBRnumber", "value", h.symbol().trim());
            if (h.title() != null) empty(xml, "FRBRname", "value", h.title());
        });
        String expression = work + "/" + lang + "@" + date;
        boolean main = h == mainHeader;
        frbr(xml, "FRBRExpression", expression, date, () -> {
            // the version issued (3 for Annex II of WO/PBC/36/12), so that its identity survives the file name
            if (main && identity.version() != null) empty(xml, "FRBRversionNumber", "value", identity.version().toString());
            empty(xml, "FRBRlanguage", "language", lang);
        });
        frbr(xml, "FRBRManifestation", expression + "/!main.xml", LocalDate.now().toString(),
                () -> empty(xml, "FRBRformat", "value", "application/akn+xml"));
        xml.writeEndElement();
        if (main) lifecycle(xml);
        xml.writeStartElement("references");
        xml.writeAttribute("source", "#secretariat");
        if (main) {
            for (Rendition.Issue issue : identity.issues()) {
                xml.writeEmptyElement("passiveRef");
                xml.writeAttribute("eId", "issue_" + issue.number());
                xml.writeAttribute("href", "/akn/un/doc/committee/" + (issue.date() == null ? "1970-01-01" : issue.date())
                        + "/" + symbolPath(issue.symbol()) + (issue.annexLabel() == null ? "" : "/annex"));
                xml.writeAttribute("showAs", issue.symbol() + (issue.annexLabel() == null ? "" : " " + issue.annexLabel()));
            }
        }
        organisations.forEach((id, name) -> {
            try {
                xml.writeEmptyElement("TLCOrganization");
                xml.writeAttribute("eId", id);
                xml.writeAttribute("href", "/akn/ontology/organizations/un/" + id.toLowerCase(Locale.ROOT));
                xml.writeAttribute("showAs", name);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Each issued version as a lifecycle event, the first its generation, the later ones amendments. */
    private void lifecycle(XMLStreamWriter xml) throws XMLStreamException {
        if (identity.issues().isEmpty()) return;
        xml.writeStartElement("lifecycle");
        xml.writeAttribute("source", "#secretariat");
        boolean first = true;
        for (Rendition.Issue issue : identity.issues()) {
            xml.writeEmptyElement("eventRef");
            xml.writeAttribute("eId", "evt_" + issue.number());
            xml.writeAttribute("date", (issue.date() == null ? LocalDate.of(1970, 1, 1) : issue.date()).toString());
            xml.writeAttribute("source", "#issue_" + issue.number());
            xml.writeAttribute("type", first ? "generation" : "amendment");
            first = false;
        }
        xml.writeEndElement();
    }

    private static String symbolPath(String symbol) {
        return symbol == null ? "unnumbered" : symbol.trim().replaceAll("[^A-Za-z0-9]+", "-");
    }

    private interface Body {
        void write() throws XMLStreamException;
    }

    private void frbr(XMLStreamWriter xml, String level, String uri, String date, Body properties)
            throws XMLStreamException {
        xml.writeStartElement(level);
        empty(xml, "FRBRthis", "value", uri + (level.equals("FRBRManifestation") ? "" : "/!main"));
        empty(xml, "FRBRuri", "value", uri);
        xml.writeEmptyElement("FRBRdate");
        xml.writeAttribute("date", date);
        xml.writeAttribute("name", level.equals("FRBRManifestation") ? "generation" : "issued");
        empty(xml, "FRBRauthor", "href", "#secretariat");
        properties.write();
        xml.writeEndElement();
    }

    private void preface(XMLStreamWriter xml, Rendition.HeaderBlock h) throws XMLStreamException {
        xml.writeStartElement("preface");
        if (h.symbol() != null) wrapped(xml, "docNumber", h.symbol().trim(), null);
        if (h.originalLanguage() != null) element(xml, "p", h.originalLanguage(), "class", "originalLanguage");
        if (h.date() != null) wrapped(xml, "docDate", h.date(), h.isoDate() == null ? null : h.isoDate().toString());
        if (h.committee() != null) wrapped(xml, "docCommittee", h.committee(), null);
        if (h.session() != null) wrapped(xml, "session", h.session(), null);
        if (h.sessionDetail() != null) element(xml, "p", h.sessionDetail(), "class", "sessionDetail");
        if (h.annexLabel() != null) element(xml, "p", h.annexLabel(), "class", "annexLabel");
        if (h.title() != null) wrapped(xml, "docTitle", h.title(), null);
        if (h.preparedBy() != null) wrapped(xml, "docProponent", h.preparedBy(), null);
        xml.writeEndElement();
    }

    /** {@code <p><inline>text</inline></p>}; docDate carries its ISO date. */
    private static void wrapped(XMLStreamWriter xml, String inline, String text, String isoDate)
            throws XMLStreamException {
        xml.writeStartElement("p");
        xml.writeStartElement(inline);
        if (inline.equals("docDate")) xml.writeAttribute("date", isoDate != null ? isoDate : "1970-01-01");
        if (inline.equals("session")) xml.writeAttribute("value", text);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, String text, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (attribute != null) xml.writeAttribute(attribute, value);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    /** Every delegation that proposes or takes a position, by id, with its name in the document's language. */
    private Map<String, String> organisations(Rendition rendition) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("secretariat", rendition.language().startsWith("zh") ? "秘书处" : "Secretariat");
        Set<Author> authors = new HashSet<>();
        rendition.parts().forEach(p -> BodyWriter.authors(p.body(), authors));
        Map<String, String> sorted = new java.util.TreeMap<>();
        for (Author author : authors) {
            for (String id : author.ids()) sorted.put(BodyWriter.ref(id), names.name(id, rendition.language()));
        }
        out.putAll(sorted);
        return out;
    }

}
