package org.draftroom.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;

/**
 * The six UI languages in a real browser, chosen by the browser's Accept-Language, on the seed's terms of
 * reference: the Arabic shell is mirrored (dir=rtl on the document element) while the Chinese text stays left to
 * right, the Russian shell speaks Russian; an Arabic document reads right to left in an English UI. Screenshots
 * at target/screenshots/languages-{tag}.png (copied to /work/notes/screens/ when that folder exists).
 */
@Tag("browser")
@DraftroomIT
class LanguagesBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Autowired
    DocumentService documents;

    private Page openTor(String browserLocale) {
        Page page = pages.signIn("pakistan", 1440, 900, browserLocale);
        pages.open(page, TestDocuments.seedTor(documents));
        return page;
    }

    private static String dir(Page page, String selector) {
        return (String) page.locator(selector).first().evaluate("e => getComputedStyle(e).direction");
    }

    private static void keep(Page page, String name) throws Exception {
        page.waitForTimeout(500);
        Path shot = BrowserPages.screenshot(page, name);
        Path notes = Path.of("/work/notes/screens");
        if (Files.isDirectory(notes)) Files.copy(shot, notes.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_arabic_shell_is_mirrored_and_the_chinese_text_in_it_runs_left_to_right() throws Exception {
        Page page = openTor("ar-EG");
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.locator("vaadin-button:has-text('تسجيل الخروج')").count()).isEqualTo(1);
        assertThat(dir(page, ".document-text")).as("the document's own direction").isEqualTo("ltr");
        assertThat(page.locator(".document-text").getAttribute("lang")).isEqualTo("zh");
        // mirrored: the navigation drawer stands on the right of the text
        double drawer = ((Number) page.locator("vaadin-side-nav").first().evaluate("e => e.getBoundingClientRect().left")).doubleValue();
        double text = ((Number) page.locator(".document-main").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
        assertThat(drawer).as("drawer left of the text's left edge?").isGreaterThan(text);
        keep(page, "languages-ar");
    }

    @Test
    void the_russian_ui_speaks_russian_and_is_not_mirrored() throws Exception {
        Page page = openTor("ru-RU");
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("ltr");
        assertThat(page.locator("vaadin-button:has-text('Выйти')").count()).isEqualTo(1);
        assertThat(page.locator("vaadin-side-nav-item:has-text('Документы')").count()).isEqualTo(1);
        assertThat(page.locator(".document-original").innerText()).isEqualTo("Оригинал: английский");
        keep(page, "languages-ru");
    }

    @Test
    void each_of_the_other_languages_is_chosen_from_the_browser() throws Exception {
        for (String[] l : new String[][]{{"en-GB", "en", "Sign out", "Original: English"}, {"zh-CN", "zh", "退出", "原文：英文"},
                {"fr-CH", "fr", "Se déconnecter", "Original : anglais"}, {"es-419", "es", "Cerrar sesión", "Original: inglés"}}) {
            Page page = openTor(l[0]);
            assertThat(page.evaluate("document.documentElement.dir")).as(l[1]).isEqualTo("ltr");
            assertThat(page.locator("vaadin-button:has-text('" + l[2] + "')").count()).as(l[1]).isEqualTo(1);
            assertThat(page.locator(".document-original").innerText()).as(l[1]).isEqualTo(l[3]);
            keep(page, "languages-" + l[1]);
            page.context().close();
        }
    }

    @Test
    void a_language_chosen_in_the_shell_holds_for_the_session() {
        Page page = openTor("en-US");
        BrowserPages.hideDevelopmentTools(page);
        page.locator("vaadin-select.language-select").click();
        page.locator("vaadin-select-item:has-text('Français')").click();
        page.locator("vaadin-button:has-text('Se déconnecter')").waitFor();
        page.navigate(pages.base() + "/documents");
        page.locator("vaadin-button:has-text('Se déconnecter')").waitFor();
        assertThat(page.locator("vaadin-select.language-select").innerText()).contains("Français");
    }

    @Test
    void an_arabic_document_reads_right_to_left_in_an_english_ui() throws Exception {
        String id = SignIn.as("secretariat", () -> documents.create(TestDocuments.arabic("TEST/AR/" + System.nanoTime()), null));
        Page page = pages.signIn("pakistan", 1440, 900, "en-US");
        pages.open(page, id);
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("ltr");
        assertThat(dir(page, ".document-text")).isEqualTo("rtl");
        assertThat(page.locator(".document-text").getAttribute("lang")).isEqualTo("ar");
        keep(page, "languages-arabic-document-en-ui");
    }
}
