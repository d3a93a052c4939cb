package org.draftroom.documents.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentService.ImportFormat;
import org.draftroom.documents.ImportPreview;
import org.draftroom.documents.ImportedDocument;
import org.draftroom.documents.SessionInfo;
import org.draftroom.notation.ImportException;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportWarning;

/**
 * The secretariat imports a text (a file, or pasted notation): it is read first and shown as a preview (counts,
 * warnings with line and column, or the error that stops it), and stored only on commit, whole or not at all.
 * Reading runs off the request thread (the service hands it to HeavyWork) while a progress bar shows; the
 * result arrives by push.
 */
@Route("import")
@Menu(title = "documents.import.menu", order = 1)
@RolesAllowed("SECRETARIAT")
class ImportView extends VerticalLayout implements HasDynamicTitle {
    enum Source { FILE, PASTE }

    /** The exact input a preview was made of; commit stores these bytes, nothing typed since. */
    record Input(byte[] content, ImportFormat format, ImportOptions options, String session) {
    }

    private static final List<String> LANGUAGES = List.of("", "zh", "en", "fr", "es", "ru", "ar");
    private final DocumentService documents;
    final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    final Upload upload;
    final Span file = new Span();
    final TextArea pasted = new TextArea();
    final Select<String> language = new Select<>();
    final TextField symbol = new TextField();
    final TextField title = new TextField();
    final Select<String> session = new Select<>();
    final Button preview = new Button();
    final Button commit = new Button();
    final Button cancel = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div counts = new Div();
    final Grid<ImportWarning> warnings = new Grid<>();
    final Div error = new Div();
    /** The work under way, for tests to wait for; done once its result has been queued for the UI. */
    volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private byte[] fileContent;
    private String fileName;
    private Input previewed;

    ImportView(DocumentService documents, Environment environment) {
        this.documents = documents;
        setWidthFull();
        setMaxWidth("72em");
        add(new H2(getTranslation("documents.import.title")));

        source.setLabel(getTranslation("documents.import.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation("documents.import.source." + s.name().toLowerCase(Locale.ROOT)));
        source.setValue(Source.FILE);
        source.addValueChangeListener(e -> showSource());

        upload = new Upload(UploadHandler.inMemory((meta, data) ->
                getUI().ifPresent(ui -> ui.access(() -> received(meta.fileName(), data)))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".txt", ".docx", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, environment.getProperty(
                "draftroom.api.max-upload-bytes", DataSize.class, DataSize.ofMegabytes(20)).toBytes()));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> received(null, null));
        file.addClassName("import-file");
        pasted.setLabel(getTranslation("documents.import.paste"));
        pasted.setWidthFull();
        pasted.setHeight("14em");
        pasted.addValueChangeListener(e -> forgetPreview());

        language.setLabel(getTranslation("documents.import.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("documents.import.from-text")
                : LanguageNames.of(l, getLocale(), this::getTranslation));
        language.setValue("");
        symbol.setLabel(getTranslation("documents.import.symbol"));
        symbol.setPlaceholder(getTranslation("documents.import.from-text"));
        title.setLabel(getTranslation("documents.import.doc-title"));
        title.setPlaceholder(getTranslation("documents.import.from-text"));
        session.setLabel(getTranslation("documents.column.session"));
        List<String> codes = new ArrayList<>(List.of(""));
        documents.sessions().stream().map(SessionInfo::code).forEach(codes::add);
        session.setItems(codes);
        session.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("documents.import.session-from-symbol") : c);
        session.setValue("");
        language.addValueChangeListener(e -> forgetPreview());
        symbol.addValueChangeListener(e -> forgetPreview());
        title.addValueChangeListener(e -> forgetPreview());
        session.addValueChangeListener(e -> forgetPreview());
        FormLayout options = new FormLayout(language, session, symbol, title);

        preview.setText(getTranslation("documents.import.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> preview());
        commit.setText(getTranslation("documents.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.addClickListener(e -> commit());
        cancel.setText(getTranslation("documents.import.cancel"));
        cancel.addClickListener(e -> cancel());
        progress.setIndeterminate(true);
        progress.setWidth("16em");
        HorizontalLayout working = new HorizontalLayout(progress, progressText);
        working.setAlignItems(FlexComponent.Alignment.CENTER);
        working.addClassName("import-progress");
        progress.setVisible(false);
        progressText.setVisible(false);

        counts.addClassName("import-counts");
        error.addClassName("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        warnings.addColumn(w -> w.line() + ":" + w.column()).setHeader(getTranslation("documents.import.where"))
                .setAutoWidth(true).setFlexGrow(0);
        warnings.addColumn(ImportWarning::message).setHeader(getTranslation("documents.import.warning"));
        warnings.setAllRowsVisible(true);
        warnings.addClassName("import-warnings");

        add(source, upload, file, pasted, options, new HorizontalLayout(preview, commit, cancel), working,
                counts, error, warnings);
        showSource();
        forgetPreview();
    }

    /** A file has arrived (or been removed: null); its format is told by its name. */
    void received(String name, byte[] data) {
        fileName = name;
        fileContent = data;
        file.setText(name == null ? "" : getTranslation("documents.import.file", name, data.length,
                getTranslation(format(name) == ImportFormat.DOCX ? "documents.import.format.docx"
                        : "documents.import.format.notation")));
        forgetPreview();
    }

    private static ImportFormat format(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".docx") ? ImportFormat.DOCX
                : ImportFormat.NOTATION;
    }

    private void showSource() {
        boolean fromFile = source.getValue() == Source.FILE;
        upload.setVisible(fromFile);
        file.setVisible(fromFile);
        pasted.setVisible(!fromFile);
        forgetPreview();
    }

    /** The input as it now stands, or null (with a message) when there is none yet. */
    private Input input() {
        byte[] content;
        ImportFormat format;
        if (source.getValue() == Source.PASTE) {
            content = pasted.getValue().getBytes(StandardCharsets.UTF_8);
            format = ImportFormat.NOTATION;
        } else {
            content = fileContent;
            format = format(fileName);
        }
        if (content == null || content.length == 0) {
            showError(getTranslation("documents.import.nothing"));
            return null;
        }
        return new Input(content, format, new ImportOptions(blankToNull(language.getValue()),
                blankToNull(symbol.getValue()), blankToNull(title.getValue())), blankToNull(session.getValue()));
    }

    void preview() {
        Input input = input();
        if (input == null) return;
        forgetPreview();
        run(getTranslation("documents.import.reading", size(input.content().length)),
                () -> documents.previewImport(input.content(), input.format(), input.options(), input.session()),
                p -> show(input, p));
    }

    private void show(Input input, ImportPreview p) {
        previewed = input;
        counts.removeAll();
        counts.add(new H3(getTranslation("documents.import.what", p.symbol() == null ? "" : p.symbol(),
                p.title() == null ? "" : p.title())));
        counts.add(count("sections", p.sections()), count("paragraphs", p.paragraphs()),
                count("proposals", p.proposals()), count("positions", p.positions()),
                count("warnings", p.warnings().size()));
        counts.add(new Div(getTranslation("documents.import.lands-in", p.sessionCode() == null
                ? getTranslation("documents.import.no-session") : p.sessionCode(),
                LanguageNames.of(p.language(), getLocale(), this::getTranslation))));
        warnings.setItems(p.warnings());
        warnings.setVisible(!p.warnings().isEmpty());
        commit.setEnabled(true);
        cancel.setEnabled(true);
    }

    private Span count(String what, long n) {
        Span span = new Span(getTranslation("documents.import.count." + what, n));
        span.addClassName("import-count-" + what);
        span.getElement().getThemeList().add("badge");
        span.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        return span;
    }

    void commit() {
        Input input = previewed;
        if (input == null) return;
        run(getTranslation("documents.import.storing"),
                () -> documents.importDocument(input.content(), input.format(), input.options(), input.session()),
                this::stored);
    }

    private void stored(ImportedDocument imported) {
        Notification.show(getTranslation("documents.import.done", imported.document().header().symbol()));
        getUI().ifPresent(ui -> ui.navigate(DocumentView.class, new RouteParameters("id", imported.id())));
    }

    /** Throws the preview away and clears the input: nothing was written. */
    void cancel() {
        pasted.clear();
        upload.clearFileList();
        received(null, null);
        forgetPreview();
    }

    private void forgetPreview() {
        previewed = null;
        commit.setEnabled(false);
        counts.removeAll();
        error.setText("");
        error.setVisible(false);
        warnings.setItems(List.of());
        warnings.setVisible(false);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Runs {@code work} on a virtual thread as the signed-in user; the UI is told the outcome by push. */
    private <T> void run(String label, Supplier<T> work, Consumer<T> done) {
        UI ui = UI.getCurrent();
        SecurityContext context = SecurityContextHolder.getContext();
        busy(true, label);
        pending = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, r -> Thread.ofVirtual().name("import-screen").start(r)).handle((result, failure) -> {
            ui.access(() -> {
                busy(false, "");
                if (failure == null) done.accept(result);
                else showError(describe(failure instanceof CompletionException c ? c.getCause() : failure));
            });
            return null;
        });
    }

    private void busy(boolean on, String label) {
        progress.setVisible(on);
        progressText.setVisible(on);
        progressText.setText(label);
        preview.setEnabled(!on);
        commit.setEnabled(!on && previewed != null);
        cancel.setEnabled(!on);
    }

    /** "Line 3, column 7: …" for an unreadable text; the message of any other refusal. */
    private String describe(Throwable failure) {
        if (failure instanceof ImportException e) {
            String prefix = e.line() + ":" + e.column() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                    : e.getMessage();
            return getTranslation("documents.import.error", e.line(), e.column(), message);
        }
        return getTranslation("documents.import.refused", failure.getMessage());
    }

    private static String size(long bytes) {
        return bytes < 10_000 ? bytes + " B" : bytes < 10_000_000 ? bytes / 1000 + " kB" : bytes / 1_000_000 + " MB";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.import.title") + " · Draftroom";
    }
}
