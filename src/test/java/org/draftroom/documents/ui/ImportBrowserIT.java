package org.draftroom.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.testkit.SeedTexts;

/** The import screen in Chromium: a real upload of the seed text, its preview, then a broken file's error. */
@Tag("browser")
@DraftroomIT
class ImportBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Test
    void an_uploaded_file_is_previewed_with_its_counts_and_warnings_before_anything_is_stored() throws Exception {
        Page page = pages.signIn("secretariat", 1366, 900);
        page.navigate(pages.base() + "/import");
        Path file = Files.createTempFile("tor-", ".txt");
        Files.writeString(file, SeedTexts.tor());
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.locator(".import-file").getByText("tor-").waitFor();
        page.getByText("Read and preview").click();
        page.locator(".import-count-paragraphs").waitFor();
        assertThat(page.locator(".import-count-sections").textContent()).isEqualTo("8 sections");
        assertThat(page.locator(".import-warnings").textContent()).contains("15:1");
        BrowserPages.screenshot(page, "import-preview");

        Path broken = Files.createTempFile("broken-", ".txt");
        Files.writeString(broken, "1. 第一段\n二\u0000三");
        page.getByText("Cancel").click();
        page.locator(".import-counts .import-count-sections").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setState(
                        com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.waitForFunction("() => document.querySelector('vaadin-upload').files.length === 0");
        page.locator("vaadin-upload input[type=file]").setInputFiles(broken);
        page.locator(".import-file").getByText("broken-").waitFor();
        page.getByText("Read and preview").click();
        page.locator(".import-error").getByText("line 2, column 2").waitFor();
        BrowserPages.screenshot(page, "import-error");
    }
}
