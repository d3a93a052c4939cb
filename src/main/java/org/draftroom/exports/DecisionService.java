package org.draftroom.exports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.exports.internal.decisions.DecisionListParser;
import org.draftroom.exports.internal.decisions.DecisionRendition;
import org.draftroom.exports.internal.decisions.DecisionStore;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;

/** Lists of decisions of sessions, and bundles of them with their annexes (A/64/7) issued in one go. */
@Service
public class DecisionService {
    private final DecisionStore store;
    private final VersionService versions;
    private final ExportService exports;
    private final Names names;
    private final Clock clock = Clock.systemUTC();

    DecisionService(DecisionStore store, VersionService versions, ExportService exports, DelegationRegistry registry) {
        this.store = store;
        this.versions = versions;
        this.exports = exports;
        this.names = Names.of(registry);
    }

    /** Reads a list in the secretariat's layout and keeps it; a bad text stores nothing. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public DecisionList importList(String text, String sessionCode) {
        DecisionList list = DecisionListParser.parse(text);
        String symbol = list.header().symbol();
        if (store.exists(symbol)) throw new IllegalArgumentException("the decisions of " + symbol + " are already here");
        store.insert(symbol, sessionCode, text, clock.instant(), actor());
        return list;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionList> lists() {
        return store.sources().stream().map(DecisionListParser::parse).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DecisionList> list(String symbol) {
        return store.source(symbol).map(DecisionListParser::parse);
    }

    /** The whole bundle in one file: cover note, then each list followed by its annexes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportedFile bundle(Bundle bundle, ExportFormat format) {
        List<Rendition.Part> parts = new ArrayList<>();
        DecisionList cover = DecisionListParser.parse(bundle.cover());
        parts.add(DecisionRendition.part(cover, null));
        for (Bundle.Issued issued : bundle.lists()) {
            DecisionList list = list(issued.decisionListSymbol()).orElseThrow(() -> new IllegalArgumentException(
                    "no list of decisions " + issued.decisionListSymbol() + " has been imported"));
            Labels labels = Labels.of(list.header().language());
            String first = issued.annexes().isEmpty() ? null : issued.annexes().getFirst().label();
            parts.add(DecisionRendition.part(list, first == null ? labels.end(null) : labels.annexFollows(first)));
            for (int i = 0; i < issued.annexes().size(); i++) {
                Bundle.Annex annex = issued.annexes().get(i);
                String next = i + 1 < issued.annexes().size() ? issued.annexes().get(i + 1).label() : null;
                NegotiationDocument doc = annexed(versions.resolve(annex.documentId(), annex.version()), annex.label());
                String closing = next != null ? labels.annexFollows(next) : labels.end(annex.label());
                parts.add(RenditionBuilder.part(doc, names, Mode.BRACKETS, closing));
            }
        }
        Rendition rendition = new Rendition(cover.header().language(), cover.header().title(), parts);
        String name = cover.header().symbol().trim().replaceAll("[^A-Za-z0-9._-]+", "-") + "_bundle";
        return exports.write(rendition, format, name);
    }

    private static NegotiationDocument annexed(NegotiationDocument doc, String label) {
        DocumentHeader h = doc.header();
        return new NegotiationDocument(doc.id(), new DocumentHeader(h.symbol(), h.title(), h.language(),
                h.originalLanguage(), h.date(), h.committee(), h.session(), h.sessionDetail(), h.preparedBy(), label),
                doc.preamble(), doc.sections());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
