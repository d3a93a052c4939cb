package org.draftroom.exports.internal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;
import org.draftroom.exports.internal.versions.VersionStore;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.NotationImporter;
import org.draftroom.security.Role;

/**
 * The terms of reference as issued three times (demo profile, after the documents seed, once): WO/PBC/34/15,
 * the Annex of WO/PBC/35/7 (the same text: the seed file is that annex) and Annex II of WO/PBC/36/12
 * (extracted from A/64/7 into {@code seed/versions/}). The document keeps evolving after them.
 */
@Component
@Profile("demo")
@Order(20)
class ExportsDemoSeed implements ApplicationRunner {
    static final String TOR_VERSIONS = "tor-versions-34-35-36";
    static final String PBC36_ANNEX_II = "seed/versions/tor-external-offices.pbc36-annex2.zh.txt";
    static final String DECISION_LISTS = "decision-lists-pbc35-36";
    private static final Logger log = LoggerFactory.getLogger(ExportsDemoSeed.class);

    private final DocumentService documents;
    private final VersionService versions;
    private final VersionStore store;
    private final NotationImporter importer;
    private final DecisionService decisions;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    ExportsDemoSeed(DocumentService documents, VersionService versions, VersionStore store, NotationImporter importer,
                    DecisionService decisions, PlatformTransactionManager txManager) {
        this.decisions = decisions;
        this.documents = documents;
        this.versions = versions;
        this.store = store;
        this.importer = importer;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext seed = SecurityContextHolder.createEmptyContext();
        seed.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DocumentService.DEMO_SEED_USER, null,
                List.of(new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
        SecurityContextHolder.setContext(seed);
        try {
            tx.executeWithoutResult(status -> loadTermsOfReferenceVersions());
        } catch (RuntimeException e) {
            log.error("exports seed: the versions of WO/PBC/34/15 could not be loaded; nothing of them was stored", e);
        }
        try {
            tx.executeWithoutResult(status -> loadDecisionLists());
        } catch (RuntimeException e) {
            log.error("exports seed: the lists of decisions could not be loaded; nothing of them was stored", e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void loadTermsOfReferenceVersions() {
        Optional<DocumentSummary> tor = documents.list().stream()
                .filter(d -> "WO/PBC/34/15".equals(d.symbol().trim())).findFirst();
        if (tor.isEmpty()) {
            log.info("exports seed: no document WO/PBC/34/15 yet, its versions are left for a later start");
            return;
        }
        if (!store.markSeedLoaded(TOR_VERSIONS, clock.instant())) return;
        String id = tor.get().id();
        NegotiationDocument asImported = documents.load(id);
        versions.record(id, asImported, new IssueDetails("PBC/34", "WO/PBC/34/15", LocalDate.of(2021, 12, 23), null,
                "WO/PBC/34/15"));
        versions.record(id, asImported, new IssueDetails("PBC/35", "WO/PBC/35/7", LocalDate.of(2023, 5, 26), "附件",
                "WO/PBC/35/7 附件"));
        NegotiationDocument annex2 = importer.importText(read(PBC36_ANNEX_II),
                new ImportOptions("zh", "WO/PBC/34/15", null)).document();
        versions.record(id, new NegotiationDocument(id, annex2.header(), annex2.preamble(), annex2.sections()),
                new IssueDetails("PBC/36", "WO/PBC/36/12", LocalDate.of(2023, 6, 23), "附件二", "WO/PBC/36/12 附件二"));
        log.info("exports seed: versions 34/15, 35/7 Annex and 36/12 Annex II of document {} recorded", id);
    }

    /** The decision lists of PBC/35 and PBC/36; the PBC/35 file opens with the A/64/7 cover note, skipped here. */
    void loadDecisionLists() {
        if (!store.markSeedLoaded(DECISION_LISTS, clock.instant())) return;
        String pbc35 = read("seed/decisions-pbc35.zh.txt");
        decisions.importList(pbc35.substring(pbc35.indexOf("WO/PBC/35/7")), "PBC/35");
        decisions.importList(read("seed/decisions-pbc36.zh.txt"), "PBC/36");
        log.info("exports seed: lists of decisions WO/PBC/35/7 and WO/PBC/36/12 imported");
    }

    static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file missing: " + resource, e);
        }
    }
}
