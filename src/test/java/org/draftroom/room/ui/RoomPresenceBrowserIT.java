package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.documents.DocumentService;
import org.draftroom.testkit.TestDocuments;

/**
 * Presence that is true, in real browsers: a closed tab and a lost connection leave the list within 30 s, and the
 * list names who has the projection screen open.
 */
@Tag("browser")
@DraftroomIT
class RoomPresenceBrowserIT {
    static final long LEAVES_WITHIN_MS = 30_000;
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Autowired
    DocumentService documents;

    private String newDocument() {
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/PRESENCE/" + System.nanoTime()), null));
    }

    private static String presence(Page page) {
        return page.locator(".room-presence").textContent();
    }

    /** Milliseconds until the watcher's list no longer names {@code name}; fails after the bound. */
    private static long untilGone(Page watcher, String name) {
        long start = System.nanoTime();
        while (presence(watcher).contains(name)) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).as(name + " still listed as present after " + ms + " ms: " + presence(watcher)).isLessThan(LEAVES_WITHIN_MS);
            watcher.waitForTimeout(250);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void a_closed_tab_and_a_lost_connection_leave_the_list_within_30_seconds() {
        String doc = newDocument();
        Page usa = pages.signIn("usa", 1600, 900);
        pages.open(usa, doc);
        Page pakistan = pages.signIn("pakistan", 1600, 900);
        pages.open(pakistan, doc);
        Page russia = pages.signIn("russia", 1600, 900);
        pages.open(russia, doc);
        usa.waitForCondition(() -> presence(usa).contains("Pakistan") && presence(usa).contains("Russia"));

        pakistan.close();
        System.out.println("PRESENCE closed tab left the list after " + untilGone(usa, "Pakistan") + " ms");

        russia.context().setOffline(true);
        System.out.println("PRESENCE lost connection left the list after " + untilGone(usa, "Russia") + " ms");
        assertThat(presence(usa)).contains("United States");
        russia.context().close();
    }

    @Test
    void the_list_says_who_has_the_projection_screen_open() {
        String doc = newDocument();
        Page usa = pages.signIn("usa", 1600, 900);
        pages.open(usa, doc);
        Page screen = pages.signIn("secretariat", 1920, 1080);
        screen.navigate(pages.base() + "/documents/" + doc + "/screen");
        screen.locator(".room-screen").waitFor();
        usa.waitForCondition(() -> presence(usa).contains("On the projection screen:"));
        assertThat(presence(usa)).matches(".*On the projection screen: \\S+.*");
        screen.context().close();
        usa.context().close();
    }
}
