package org.draftroom.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.documents.internal.SessionStore;
import org.draftroom.negotiation.TextLimits;

/**
 * Sessions of the committees, kept by the secretariat: created with their symbol and dates, corrected later.
 * Everyone signed in reads them. A session's symbol is what versions, documents and lists of decisions say
 * ("issued at PBC/36"), so once any of them names it the symbol stays; its name, dates and place can still be
 * corrected, as nothing issued copies them.
 */
@Service
public class SessionService {
    /** The columns (V2_0 / V5_1): {@code code} 20, {@code name} 200, {@code place} 100. */
    public static final int SYMBOL = 20;
    public static final int NAME = 200;
    public static final int PLACE = 100;
    private static final Pattern SYMBOL_FORM = Pattern.compile("(?:WO/)?([A-Z][A-Z0-9-]{0,14})/(\\d{1,4})");
    private final SessionStore store;
    private final List<SessionReferences> references;
    private final ApplicationEventPublisher events;

    SessionService(SessionStore store, List<SessionReferences> references, ApplicationEventPublisher events) {
        this.store = store;
        this.references = references;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionInfo> sessions() {
        return store.sessions();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return store.exists(code);
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public SessionInfo create(SessionDraft draft) {
        SessionInfo session = checked(draft);
        if (store.exists(session.code())) {
            throw new IllegalArgumentException("the session " + session.code() + " already exists");
        }
        store.insertSession(session);
        events.publishEvent(new SessionChanged(actor(), "session-created", session.code(), describe(session)));
        return session;
    }

    /** Corrects the session stored as {@code code}; its symbol only while nothing names it. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public SessionInfo update(String code, SessionDraft draft) {
        SessionInfo before = store.find(code).orElseThrow(() ->
                new IllegalArgumentException("no session " + code));
        SessionInfo after = checked(draft);
        if (!after.code().equals(code)) {
            if (store.exists(after.code())) {
                throw new IllegalArgumentException("the session " + after.code() + " already exists");
            }
            List<String> uses = uses(code);
            if (!uses.isEmpty()) {
                throw new IllegalArgumentException("the symbol of " + code + " stays: " + String.join(", ", uses)
                        + " name it as issued; its name, dates and place can still be corrected");
            }
        }
        store.updateSession(code, after);
        events.publishEvent(new SessionChanged(actor(), "session-edited", after.code(),
                describe(after) + " (was " + describe(before) + ")"));
        return after;
    }

    /** What names the session, e.g. ["documents or issued symbols (2)", "versions or lists of decisions (3)"]. */
    private List<String> uses(String code) {
        List<String> uses = new ArrayList<>();
        long own = store.references(code);
        if (own > 0) uses.add("documents or issued symbols (" + own + ")");
        for (SessionReferences r : references) {
            long n = r.count(code);
            if (n > 0) uses.add(r.what() + " (" + n + ")");
        }
        return uses;
    }

    private SessionInfo checked(SessionDraft draft) {
        String symbol = TextLimits.check("symbol", trimmed(draft.symbol()), SYMBOL, false);
        if (symbol == null) throw new IllegalArgumentException("a session needs a symbol, such as PBC/37");
        Matcher m = SYMBOL_FORM.matcher(symbol.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a session's symbol is its committee and number, such as PBC/37 or "
                    + "WO/PBC/37, not '" + symbol + "'");
        }
        String committee = m.group(1);
        int number = Integer.parseInt(m.group(2));
        if (number == 0) throw new IllegalArgumentException("sessions are numbered from 1, not '" + symbol + "'");
        if (!store.committeeExists(committee)) {
            throw new IllegalArgumentException("no committee " + committee + " (known: "
                    + String.join(", ", store.committees()) + ")");
        }
        String name = TextLimits.check("name", trimmed(draft.name()), NAME, false);
        String place = TextLimits.check("place", trimmed(draft.place()), PLACE, false);
        if (draft.startsOn() == null) throw new IllegalArgumentException("a session needs its first day");
        if (draft.endsOn() == null) throw new IllegalArgumentException("a session needs its last day");
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw new IllegalArgumentException("the session would end (" + draft.endsOn() + ") before it starts ("
                    + draft.startsOn() + ")");
        }
        return new SessionInfo(committee + "/" + number, committee, number, draft.startsOn(), draft.endsOn(), place,
                name);
    }

    private static String describe(SessionInfo s) {
        return s.code() + (s.name() == null ? "" : " " + s.name()) + ", " + s.startsOn() + " to " + s.endsOn()
                + (s.place() == null ? "" : ", " + s.place());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
