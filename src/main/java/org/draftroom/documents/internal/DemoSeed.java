package org.draftroom.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.SessionInfo;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportResult;
import org.draftroom.notation.NotationImporter;

/**
 * The demo's real negotiation: the Program and Budget Committee, its sessions 34–36 (dates as printed in the
 * seed documents), the symbols they issued, and the terms of reference WO/PBC/34/15 imported through the
 * notation importer. Each part is loaded once, in one transaction together with its mark in {@code seed_load},
 * so a restart loads nothing twice and a failed load leaves nothing behind.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSeed implements ApplicationRunner {
    static final String SESSIONS = "pbc-sessions-34-36";
    static final String TERMS_OF_REFERENCE = "tor-wo-pbc-34-15";
    static final String TERMS_OF_REFERENCE_FILE = "seed/tor-external-offices.zh.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final String PLACE = "日内瓦 / Geneva";

    static final List<SessionInfo> PBC_SESSIONS = List.of(
            new SessionInfo("PBC/34", "PBC", 34, LocalDate.of(2022, 6, 27), LocalDate.of(2022, 7, 1), PLACE,
                    "第三十四届会议 / Thirty-fourth session"),
            new SessionInfo("PBC/35", "PBC", 35, LocalDate.of(2023, 5, 22), LocalDate.of(2023, 5, 26), PLACE,
                    "第三十五届会议 / Thirty-fifth session"),
            new SessionInfo("PBC/36", "PBC", 36, LocalDate.of(2023, 6, 19), LocalDate.of(2023, 6, 23), PLACE,
                    "第三十六届会议 / Thirty-sixth session"));

    /** symbol, session, title as printed in the seed. */
    static final List<String[]> SYMBOLS = List.of(
            new String[]{"WO/PBC/34/15", "PBC/34", "2021年评价产权组织驻外办事处的职权范围初稿"},
            new String[]{"WO/PBC/34/16", "PBC/34", "2021年评价产权组织驻外办事处的职权范围草案"},
            new String[]{"WO/PBC/35/5", "PBC/35", "拟议的 2024/25年工作计划和预算"},
            new String[]{"WO/PBC/35/7", "PBC/35", "决定一览"},
            new String[]{"WO/PBC/36/8", "PBC/36", "拟议的 2024/25年工作计划和预算"},
            new String[]{"WO/PBC/36/12", "PBC/36", "决定一览"});

    private final SessionStore sessions;
    private final DocumentWriter writer;
    private final NotationImporter importer;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    DemoSeed(SessionStore sessions, DocumentWriter writer, NotationImporter importer,
             PlatformTransactionManager txManager) {
        this.sessions = sessions;
        this.writer = writer;
        this.importer = importer;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> loadSessions());
        try {
            tx.executeWithoutResult(status -> loadTermsOfReference());
        } catch (RuntimeException e) {
            // rolled back with its seed_load mark, so the next start tries again; the app itself still starts
            log.error("demo seed: WO/PBC/34/15 could not be loaded and nothing of it was stored", e);
        }
    }

    void loadSessions() {
        if (!sessions.markSeedLoaded(SESSIONS, clock.instant())) return;
        sessions.insertCommittee("PBC", "Program and Budget Committee", "计划和预算委员会");
        PBC_SESSIONS.forEach(sessions::insertSession);
        SYMBOLS.forEach(s -> sessions.insertSymbol(s[0], s[1], s[2]));
        log.info("demo seed: committee PBC, sessions 34-36 and {} document symbols loaded", SYMBOLS.size());
    }

    /** WO/PBC/34/15 through the notation importer, as the secretariat would import it. */
    void loadTermsOfReference() {
        if (!sessions.markSeedLoaded(TERMS_OF_REFERENCE, clock.instant())) return;
        long start = System.nanoTime();
        String text;
        try (InputStream in = new ClassPathResource(TERMS_OF_REFERENCE_FILE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file missing: " + TERMS_OF_REFERENCE_FILE, e);
        }
        ImportResult result = importer.importText(text, new ImportOptions("zh", "WO/PBC/34/15", null));
        String id = writer.create(result.document(), "PBC/34", DocumentService.DEMO_SEED_USER);
        NegotiationDocument doc = result.document();
        log.info("demo seed: WO/PBC/34/15 loaded as document {} in {} ms: {} sections, {} paragraphs, {} proposals, "
                        + "{} positions, {} import warnings", id, (System.nanoTime() - start) / 1_000_000,
                doc.sections().size(), Walk.blocks(doc).stream().filter(b -> b instanceof Paragraph).count(),
                Walk.proposals(doc).size(), Walk.positions(doc).size(), result.warnings().size());
    }
}
