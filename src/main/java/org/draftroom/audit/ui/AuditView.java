package org.draftroom.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.draftroom.audit.AuditQuery;
import org.draftroom.audit.AuditRecord;
import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;

/**
 * The audit trail newest first, a page at a time, filtered by kind (sign-ins hidden unless asked for), each entry
 * with what it recorded in words; and a button that verifies the whole chain.
 */
@Route("admin/audit")
@PageTitle("Audit")
@Menu(title = "audit.menu", order = 90)
@RolesAllowed({"ADMIN", "SECRETARIAT"})
class AuditView extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final AuditTrail trail;
    private final Span result = new Span();
    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();
    final Checkbox signIns = new Checkbox();
    final Grid<AuditRecord> grid = new Grid<>();
    final Span count = new Span();
    private static final String REFUSED = "room-refused:";

    public AuditView(AuditTrail trail) {
        this.trail = trail;
        setSizeFull();
        Button verify = new Button(getTranslation("audit.verify"), e -> show(trail.verify()));
        verify.setId("verify-audit");
        result.setId("audit-result");
        kinds.setLabel(getTranslation("audit.kinds"));
        kinds.setPlaceholder(getTranslation("audit.kinds.all"));
        kinds.setItems(trail.kinds());
        kinds.setItemLabelGenerator(this::actionWords);
        kinds.setWidth("24em");
        kinds.addValueChangeListener(e -> refresh());
        signIns.setLabel(getTranslation("audit.sign-ins"));
        signIns.addValueChangeListener(e -> refresh());
        count.addClassName("audit-count");
        grid.addColumn(r -> r.entry().seq()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TIME.format(r.entry().at())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry().actor()).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> actionWords(r.entry().action())).setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::recorded).setHeader(getTranslation("audit.detail")).setFlexGrow(1).setKey("recorded");
        grid.addColumn(r -> r.entry().hash().substring(0, 12)).setHeader(getTranslation("audit.hash")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(100);
        HorizontalLayout filters = new HorizontalLayout(kinds, signIns, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new HorizontalLayout(verify, result), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    AuditQuery query() {
        return new AuditQuery(Set.copyOf(kinds.getValue()), signIns.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        count.setText(getTranslation("audit.count", trail.count(query)));
        grid.setItems(q -> trail.page(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, trail.count(query)));
    }

    /**
     * An action in the reader's language ("Signed in", "Proposal"); a refused room operation as "Refused: proposal".
     * An action without words of its own (a newer module's) shows its code, as recorded.
     */
    String actionWords(String action) {
        if (action.startsWith(REFUSED)) return getTranslation("audit.action.room-refused", actionWords(action.substring(REFUSED.length())));
        String key = "audit.action." + action;
        String words = getTranslation(key);
        return words.equals("!" + key + "!") ? action : words;
    }

    /** "WO/PBC/34/15, revision 12: Pakistan: insert “…” in paragraph 5"; other entries by their subject and detail. */
    String recorded(AuditRecord r) {
        if (r.recordsChange()) {
            String where = getTranslation("audit.recorded.revision").replace("{0}", r.documentSymbol())
                    .replace("{1}", String.valueOf(r.entry().revision()));
            return r.summary() == null || r.summary().isBlank() ? where : where + ": " + r.summary();
        }
        String detail = r.entry().detail();
        return r.entry().subject() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }

    private void show(ChainVerification v) {
        result.setText(v.intact() ? getTranslation("audit.intact", v.entriesChecked())
                : getTranslation("audit.broken", v.firstBrokenSeq(), v.reason()));
        result.getElement().getThemeList().set("badge", true);
        result.getElement().getThemeList().set(v.intact() ? "success" : "error", true);
    }
}
