package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;

/**
 * Delegation names in running text, through the delegation registry (any UN language, aliases), plus the
 * committee's own roles the notation names ("主席", "Chair", "PBC") and ISO codes (alpha-2 and alpha-3) used as
 * names in English texts. Which groups it knows is the registry's: pass {@link DelegationRegistry#forForum}.
 */
public final class NotationNames {
    /** The chair of the committee written with the committee's acronym; the registry knows "主席" alone. */
    private static final String[][] ROLES = {{"PBC 主席", Actors.CHAIR}, {"PBC主席", Actors.CHAIR}};

    private final DelegationRegistry registry;

    public NotationNames(DelegationRegistry registry) {
        this.registry = registry;
    }

    /** A name found at a position: the delegation id and where the name ends. */
    record Hit(String id, int end) {
    }

    Optional<Hit> at(String text, int offset) {
        if (offset >= text.length()) return Optional.empty();
        boolean latin = text.charAt(offset) < 0x2E80;
        if (latin && offset > 0 && Character.isLetterOrDigit(text.charAt(offset - 1))) return Optional.empty();
        for (String[] role : ROLES) {
            if (text.startsWith(role[0], offset) && boundary(text, offset + role[0].length(), latin)) {
                return Optional.of(new Hit(role[1], offset + role[0].length()));
            }
        }
        Optional<Hit> hit = registry.longestMatchAt(text, offset)
                .filter(m -> m.start() == offset && boundary(text, m.end(), latin))
                .map(m -> new Hit(m.delegation().id(), m.end()));
        if (hit.isPresent() || !latin) return hit;
        // English notation writes delegations as ISO codes: "[US/SG propose; CL/NZ oppose: …]", "[text – USA]"
        for (int length = 3; length >= 2; length--) {
            if (offset + length > text.length() || !boundary(text, offset + length, true)) continue;
            String code = text.substring(offset, offset + length);
            if (!code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) continue;
            int end = offset + length;
            Optional<Hit> state = registry.byCode(code).map(d -> new Hit(d.id(), end));
            if (state.isPresent()) return state;
        }
        return Optional.empty();
    }

    private static boolean boundary(String text, int end, boolean latin) {
        return !latin || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** Parsed actors: ids, names as written, the join used, where they end. */
    record Parsed(List<String> by, String onBehalfOf, List<String> spellings, String join, String behalfWord,
                  int end) {
        Actors actors() {
            return new Actors(by, onBehalfOf);
        }
    }

    private static final List<String> JOINS = List.of("、", "和", "/", ", ", "，", " and ", " & ");
    private static final List<String> BEHALF = List.of("代表", " on behalf of ", " for ");

    /** One or more names ("巴基斯坦、伊朗", "US/SG"), optionally on behalf of a group ("阿尔及利亚代表非洲集团"). */
    Optional<Parsed> actors(String text, int offset) {
        Optional<Hit> first = at(text, offset);
        if (first.isEmpty()) return Optional.empty();
        List<String> by = new ArrayList<>(List.of(first.get().id()));
        List<String> spellings = new ArrayList<>(List.of(text.substring(offset, first.get().end())));
        int end = first.get().end();
        String join = "";
        while (true) {
            String sep = startsWithAny(text, end, join.isEmpty() ? JOINS : List.of(join));
            if (sep == null) break;
            Optional<Hit> next = at(text, end + sep.length());
            if (next.isEmpty()) break;
            join = sep;
            by.add(next.get().id());
            spellings.add(text.substring(end + sep.length(), next.get().end()));
            end = next.get().end();
        }
        String behalf = startsWithAny(text, end, BEHALF);
        if (behalf != null) {
            Optional<Hit> group = at(text, end + behalf.length());
            if (group.isPresent()) {
                spellings.add(text.substring(end + behalf.length(), group.get().end()));
                return Optional.of(new Parsed(by, group.get().id(), spellings, join, behalf, group.get().end()));
            }
        }
        return Optional.of(new Parsed(by, null, spellings, join, "", end));
    }

    static String startsWithAny(String text, int offset, List<String> options) {
        for (String option : options) {
            if (text.startsWith(option, offset)) return option;
        }
        return null;
    }

    /** Length of a "名称：" / "Name:" speaker prefix at the start of a line, else 0. */
    int speakerPrefix(String text) {
        Optional<Parsed> actors = actors(text, 0);
        if (actors.isEmpty()) return 0;
        int end = actors.get().end();
        return end < text.length() && (text.charAt(end) == '：' || text.charAt(end) == ':') ? end + 1 : 0;
    }

    /** The name to print: the spelling the source used when it still names the same delegation. */
    public String display(String id, String spelling, String language) {
        if (spelling != null && at(spelling, 0).filter(h -> h.id().equals(id) && h.end() == spelling.length())
                .isPresent()) {
            return spelling;
        }
        return registry.displayName(id, Locale.forLanguageTag(language));
    }

    public DelegationRegistry registry() {
        return registry;
    }
}
