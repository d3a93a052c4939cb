package org.draftroom.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.reliability.RoomBrowser;

/**
 * Server heap per open document session: the app runs in this JVM; N Chromium contexts log in and open the seed
 * document; used heap after forced GC, before and after, divided by N. One session is opened first and not
 * counted, so class loading and first-use caches are not charged to the sessions.
 */
@DraftroomIT
class MemoryBenchmark {
    static final int SESSIONS = Integer.getInteger("bench.memory.sessions", 20);

    @LocalServerPort
    int port;

    @Test
    void heap_per_open_document_session() throws Exception {
        try (RoomBrowser room = new RoomBrowser("http://localhost:" + port)) {
            String documentId = room.seedDocumentAndParagraph()[0];
            room.openDocument("observer", documentId);
            long before = usedHeapAfterGc();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                pages.add(room.openDocument(RoomBrowser.READERS.get(i % RoomBrowser.READERS.size()), documentId));
            }
            long after = usedHeapAfterGc();
            double perSession = (after - before) / (double) SESSIONS / (1024 * 1024);
            System.out.println("BENCH memory.sessions " + pages.size() + " count");
            System.out.printf("BENCH memory.heap_per_document_session %.2f MiB%n", perSession);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
