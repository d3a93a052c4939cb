package org.draftroom.documents.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.DocumentHeader;

/** The header block every text carries: symbol, original language, date, committee, session, title. */
class DocumentHeaderPanel extends Div {
    private final Span revision = new Span();
    private final ReadingContext ctx;

    DocumentHeaderPanel(StoredDocument stored, String changedBy, ReadingContext ctx) {
        this.ctx = ctx;
        addClassName("document-header");
        DocumentHeader h = stored.document().header();
        Div meta = new Div();
        meta.addClassName("document-meta");
        meta.add(field("symbol", h.symbol()));
        if (h.originalLanguage() != null) {
            meta.add(field("original", ctx.t("documents.header.original") + LanguageNames.of(h.originalLanguage(), ctx.locale(), ctx::t)));
        }
        if (h.date() != null) {
            meta.add(field("date", ctx.t("documents.header.date")
                    + h.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ctx.locale()))));
        }
        add(meta);
        if (h.committee() != null) add(field("committee", h.committee()));
        if (h.session() != null) add(field("session", h.session()));
        if (h.sessionDetail() != null) add(field("session-detail", h.sessionDetail()));
        if (h.annexLabel() != null) add(field("annex", h.annexLabel()));
        H1 title = new H1(h.title() == null ? "" : h.title());
        title.addClassName("document-title");
        add(title);
        if (h.preparedBy() != null) add(field("prepared-by", h.preparedBy()));
        revision.addClassName("document-revision");
        showRevision(stored.revision(), changedBy);
        // the issued versions, comparisons and exports of this text (a route of the exports module, by its path)
        Anchor versions = new Anchor("versions/" + stored.id(), ctx.t("documents.header.versions"));
        versions.addClassName("document-versions-link");
        // where the negotiation on it stands (the room module's dashboard, by its path)
        Anchor dashboard = new Anchor("dashboard/" + stored.id(), ctx.t("documents.header.dashboard"));
        dashboard.addClassName("document-dashboard-link");
        // who did what when (the room module's timeline, by its path)
        Anchor timeline = new Anchor("timeline/" + stored.id(), ctx.t("documents.header.timeline"));
        timeline.addClassName("document-timeline-link");
        Div links = new Div(revision, new Span(" · "), versions, new Span(" · "), dashboard, new Span(" · "), timeline);
        // a line in the UI's language, whatever the text's: it runs in the UI's direction
        links.getElement().setAttribute("dir", "auto");
        add(links);
    }

    /** "Revision 12, last changed by Secretariat for Pakistan": kept current when the view is patched, not re-rendered. */
    public void showRevision(long number, String updatedBy) {
        String text = ctx.t("documents.header.revision").replace("{0}", Long.toString(number))
                .replace("{1}", updatedBy == null ? "" : updatedBy);
        if (!text.equals(revision.getText())) revision.setText(text);
    }

    private static Div field(String name, String text) {
        Div div = new Div(new Span(text));
        div.addClassName("document-" + name);
        div.getElement().setAttribute("dir", "auto");
        return div;
    }
}
