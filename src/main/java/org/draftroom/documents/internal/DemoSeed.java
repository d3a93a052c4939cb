package org.draftroom.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.documents.SessionInfo;

/**
 * The demo's real negotiation: the Program and Budget Committee, its sessions 34–36 (dates as printed in the
 * seed documents) and the symbols they issued. Each part is loaded once, in one transaction, and marked in
 * {@code seed_load}, so a restart loads nothing twice.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSeed implements ApplicationRunner {
    static final String SESSIONS = "pbc-sessions-34-36";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final String PLACE = "日内瓦 / Geneva";

    static final List<SessionInfo> PBC_SESSIONS = List.of(
            new SessionInfo("PBC/34", "PBC", 34, LocalDate.of(2022, 6, 27), LocalDate.of(2022, 7, 1), PLACE),
            new SessionInfo("PBC/35", "PBC", 35, LocalDate.of(2023, 5, 22), LocalDate.of(2023, 5, 26), PLACE),
            new SessionInfo("PBC/36", "PBC", 36, LocalDate.of(2023, 6, 19), LocalDate.of(2023, 6, 23), PLACE));

    /** symbol, session, title as printed in the seed. */
    static final List<String[]> SYMBOLS = List.of(
            new String[]{"WO/PBC/34/15", "PBC/34", "2021年评价产权组织驻外办事处的职权范围初稿"},
            new String[]{"WO/PBC/34/16", "PBC/34", "2021年评价产权组织驻外办事处的职权范围草案"},
            new String[]{"WO/PBC/35/5", "PBC/35", "拟议的 2024/25年工作计划和预算"},
            new String[]{"WO/PBC/35/7", "PBC/35", "决定一览"},
            new String[]{"WO/PBC/36/8", "PBC/36", "拟议的 2024/25年工作计划和预算"},
            new String[]{"WO/PBC/36/12", "PBC/36", "决定一览"});

    private final SessionStore sessions;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    DemoSeed(SessionStore sessions, PlatformTransactionManager txManager) {
        this.sessions = sessions;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> loadSessions());
    }

    void loadSessions() {
        if (!sessions.markSeedLoaded(SESSIONS, clock.instant())) return;
        sessions.insertCommittee("PBC", "Program and Budget Committee", "计划和预算委员会");
        PBC_SESSIONS.forEach(sessions::insertSession);
        SYMBOLS.forEach(s -> sessions.insertSymbol(s[0], s[1], s[2]));
        log.info("demo seed: committee PBC, sessions 34-36 and {} document symbols loaded", SYMBOLS.size());
    }
}
