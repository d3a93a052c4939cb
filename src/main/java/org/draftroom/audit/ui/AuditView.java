package org.draftroom.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;

/** The latest audit entries and a button that verifies the whole chain. */
@Route("admin/audit")
@PageTitle("Audit")
@Menu(title = "audit.menu", order = 90)
@RolesAllowed({"ADMIN", "SECRETARIAT"})
class AuditView extends VerticalLayout {
    private final Span result = new Span();

    public AuditView(AuditTrail trail) {
        setSizeFull();
        Button verify = new Button(getTranslation("audit.verify"), e -> show(trail.verify()));
        verify.setId("verify-audit");
        result.setId("audit-result");
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.at().toString()).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail"));
        grid.addColumn(e -> e.hash().substring(0, 12)).setHeader(getTranslation("audit.hash")).setAutoWidth(true);
        grid.setItems(trail.latest(500));
        add(new HorizontalLayout(verify, result), grid);
        setFlexGrow(1, grid);
    }

    private void show(ChainVerification v) {
        result.setText(v.intact() ? getTranslation("audit.intact", v.entriesChecked())
                : getTranslation("audit.broken", v.firstBrokenSeq(), v.reason()));
        result.getElement().getThemeList().set("badge", true);
        result.getElement().getThemeList().set(v.intact() ? "success" : "error", true);
    }
}
