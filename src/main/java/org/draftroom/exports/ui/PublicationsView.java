package org.draftroom.exports.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import org.draftroom.exports.Bundle;
import org.draftroom.exports.DecisionList;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportedFile;
import org.draftroom.exports.internal.seed.DemoBundles;

/**
 * What the secretariat issues besides versions: the lists of decisions (shown as issued), the A/64/7 bundle and
 * the budget page in revised format (as files, in the formats the API offers). The bundle and the budget page
 * are built from the demo's seed, so they appear only where it is (the demo profile, once the seed's versions
 * are recorded): a prod installation shows no link that would fail.
 */
@Route("publications")
@Menu(title = "publications.menu", order = 6)
@PermitAll
class PublicationsView extends VerticalLayout implements HasDynamicTitle {
    static final List<ExportFormat> BUNDLE_FORMATS = List.of(ExportFormat.PDF, ExportFormat.DOCX, ExportFormat.AKN);
    static final List<ExportFormat> BUDGET_FORMATS = List.of(ExportFormat.HTML, ExportFormat.PDF, ExportFormat.DOCX,
            ExportFormat.AKN);
    final Div lists = new Div();
    final Div bundle = new Div();
    final Div budget = new Div();

    PublicationsView(DecisionService decisions, ExportService exports, DemoBundles demo, Environment environment) {
        setWidthFull();
        setMaxWidth("80em");
        add(new H2(getTranslation("publications.title")));

        add(new H3(getTranslation("publications.lists")));
        List<DecisionList> all = decisions.lists();
        if (all.isEmpty()) lists.add(new Paragraph(getTranslation("publications.lists.empty")));
        all.forEach(list -> lists.add(new DecisionListPanel(list)));
        add(lists);

        boolean seed = environment.matchesProfiles("demo");
        Bundle a64 = seed ? demo.a64_7().orElse(null) : null;
        bundle.setVisible(a64 != null);
        if (a64 != null) {
            bundle.add(new H3(getTranslation("publications.bundle")),
                    new Paragraph(getTranslation("publications.bundle.what")),
                    links("a64-7", BUNDLE_FORMATS, f -> () -> decisions.bundle(a64, f)));
        }
        budget.setVisible(seed);
        if (seed) {
            budget.add(new H3(getTranslation("publications.budget")),
                    new Paragraph(getTranslation("publications.budget.what")),
                    links("budget", BUDGET_FORMATS, f -> () -> exports.demoBudgetPage(f)));
        }
        add(bundle, budget);
    }

    /** One link per format; the file is written when the link is followed, HTML opened in the browser. */
    private HorizontalLayout links(String id, List<ExportFormat> formats,
                                   java.util.function.Function<ExportFormat, Supplier<ExportedFile>> file) {
        HorizontalLayout row = new HorizontalLayout();
        for (ExportFormat format : formats) {
            Supplier<ExportedFile> make = file.apply(format);
            var handler = DownloadHandler.fromInputStream(event -> {
                ExportedFile f = make.get();
                return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(),
                        f.content().length);
            });
            boolean html = format == ExportFormat.HTML;
            Anchor link = new Anchor(html ? handler.inline() : handler,
                    getTranslation(html ? "publications.open-html" : "publications.download",
                            getTranslation("exports.format." + format.name().toLowerCase())));
            if (html) link.setTarget(AnchorTarget.BLANK);
            else link.getElement().setAttribute("download", true);
            link.setId(id + "-" + format.name().toLowerCase());
            row.add(link);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publications.title") + " · Draftroom";
    }
}
