package org.draftroom.exports.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportRequest;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportVariant;
import org.draftroom.exports.ExportedFile;

/**
 * Choose format, variant and tracked changes; the export runs off the UI thread (a long bundle takes seconds)
 * with a progress bar, then offers the file for download.
 */
class ExportDialog extends Dialog {
    final Select<ExportFormat> format = new Select<>();
    final Select<ExportVariant> variant = new Select<>();
    final Checkbox tracked = new Checkbox();
    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final VerticalLayout result = new VerticalLayout();

    /**
     * @param version which text (current, a version number); from, when set, makes it a comparison
     */
    ExportDialog(ExportService exports, String documentId, String version, String from) {
        setHeaderTitle(getTranslation(from == null ? "exports.dialog.title" : "exports.dialog.compare-title"));
        format.setLabel(getTranslation("exports.format"));
        format.setItems(ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.AKN);
        format.setItemLabelGenerator(f -> getTranslation("exports.format." + f.name().toLowerCase()));
        format.setValue(ExportFormat.DOCX);
        variant.setLabel(getTranslation("exports.variant"));
        variant.setItems(List.of(ExportVariant.values()));
        variant.setItemLabelGenerator(v -> getTranslation("exports.variant." + v.name().toLowerCase()));
        variant.setValue(ExportVariant.MARKED);
        variant.setVisible(from == null);
        tracked.setLabel(getTranslation("exports.tracked"));
        tracked.setValue(true);
        tracked.setVisible(from == null);
        variant.addValueChangeListener(e -> tracked.setEnabled(e.getValue() == ExportVariant.MARKED));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        start.setText(getTranslation("exports.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run(exports, new ExportRequest(documentId, format.getValue(), variant.getValue(),
                tracked.getValue(), version, from, null)));
        Button close = new Button(getTranslation("exports.close"), e -> close());
        add(new VerticalLayout(format, variant, tracked, progress, status, result));
        getFooter().add(close, start);
    }

    private void run(ExportService exports, ExportRequest request) {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setVisible(true);
        result.removeAll();
        status.setText(getTranslation("exports.running"));
        long begin = System.nanoTime();
        Runnable job = new DelegatingSecurityContextRunnable(() -> {
            try {
                ExportedFile file = exports.export(request);
                long ms = (System.nanoTime() - begin) / 1_000_000;
                ui.access(() -> done(file, ms));
            } catch (RuntimeException e) {
                ui.access(() -> failed(e));
            }
        }, SecurityContextHolder.getContext());
        CompletableFuture.runAsync(job);
    }

    private void done(ExportedFile file, long ms) {
        progress.setVisible(false);
        start.setEnabled(true);
        status.setText(getTranslation("exports.done", file.content().length / 1024, ms));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length)),
                getTranslation("exports.download", file.fileName()));
        download.getElement().setAttribute("download", true);
        result.add(download);
    }

    private void failed(RuntimeException e) {
        progress.setVisible(false);
        start.setEnabled(true);
        status.setText(getTranslation("exports.failed", e.getMessage()));
    }
}
