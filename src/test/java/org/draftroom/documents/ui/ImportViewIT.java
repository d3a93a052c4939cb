package org.draftroom.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.notation.ImportWarning;
import org.draftroom.security.Role;
import org.draftroom.testkit.SeedTexts;

@DraftroomIT
class ImportViewIT {
    /** The seed terms of reference with one unclosed bracket added on a line of its own at the end. */
    static final String BROKEN_BRACKET = "\n99. 评价[将由外部小组进行。\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void signIn() {
        KaribuUi.signIn(context, "secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void the_preview_counts_the_seed_text_and_lists_a_warning_with_its_line_and_column() throws Exception {
        String text = SeedTexts.tor() + BROKEN_BRACKET;
        int lastLine = (int) text.lines().count();
        ImportView view = open();
        long before = documentCount();

        paste(view, text, "TEST/IMPORT/PREVIEW/" + System.nanoTime());
        view.preview();
        settle(view);

        String counts = view.counts.getElement().getTextRecursively();
        assertThat(counts).contains("8 sections", "paragraphs", "proposals");
        assertThat(countOf(view, "sections")).isEqualTo("8 sections");
        assertThat(countOf(view, "paragraphs")).isEqualTo(SEED_PARAGRAPHS + 1 + " paragraphs");
        assertThat(countOf(view, "proposals")).isEqualTo(SEED_PROPOSALS + " proposals");
        assertThat(view.warnings.getGenericDataView().getItems().map(ImportWarning::toString))
                .contains("15:1: unbalanced '[': not closed", // the seed's own, as the importer has always read it
                        lastLine + ":7: unbalanced '[': not closed");
        assertThat(view.warnings.isVisible()).isTrue();
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(view.error.isVisible()).isFalse();
        assertThat(documentCount()).as("a preview writes nothing").isEqualTo(before);
    }

    @Test
    void cancel_after_a_preview_writes_nothing_and_clears_the_input() throws Exception {
        ImportView view = open();
        long before = documentCount();
        paste(view, SeedTexts.tor(), "TEST/IMPORT/CANCEL/" + System.nanoTime());
        view.preview();
        settle(view);
        assertThat(view.commit.isEnabled()).isTrue();

        view.cancel.click();

        assertThat(view.pasted.getValue()).isEmpty();
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(view.counts.getChildren()).isEmpty();
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void commit_stores_the_previewed_document_and_opens_it() throws Exception {
        String symbol = "TEST/IMPORT/COMMIT/" + System.nanoTime();
        ImportView view = open();
        paste(view, SeedTexts.tor(), symbol);
        view.preview();
        settle(view);

        view.commit.click();
        settle(view);

        DocumentSummary stored = documents.list().stream().filter(d -> d.symbol().equals(symbol)).findFirst()
                .orElseThrow();
        assertThat(_get(DocumentView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + stored.id());
        assertThat(documents.load(stored.id()).sections()).hasSize(8);
    }

    @Test
    void a_file_that_cannot_be_read_shows_line_and_column_and_writes_nothing() throws Exception {
        ImportView view = open();
        long before = documentCount();
        view.source.setValue(ImportView.Source.FILE);
        view.received("broken.txt", "1. 第一段\n二\u0000三".getBytes(StandardCharsets.UTF_8));

        view.preview();
        settle(view);

        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).startsWith("The text cannot be read at line 2, column 2:")
                .contains("binary").endsWith("Nothing was stored.");
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(documentCount()).isEqualTo(before);
    }

    /** The seed terms of reference as the importer reads them (sections A–H). */
    static final int SEED_PARAGRAPHS = 49;
    static final int SEED_PROPOSALS = 164;

    private ImportView open() {
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    private static void paste(ImportView view, String text, String symbol) {
        view.source.setValue(ImportView.Source.PASTE);
        view.pasted.setValue(text);
        view.symbol.setValue(symbol);
    }

    /** Waits for the background work, then runs what it queued for the UI. */
    private static void settle(ImportView view) throws Exception {
        view.pending.get(30, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
    }

    private static String countOf(ImportView view, String what) {
        return view.counts.getChildren().filter(c -> c.hasClassName("import-count-" + what)).findFirst()
                .orElseThrow().getElement().getText();
    }

    private long documentCount() {
        return documents.list().size();
    }
}
