package org.draftroom.search.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.draftroom.search.SearchResult.Hit;

/**
 * A passage that stands unchanged in the working text and in frozen versions is one hit, not one per version: the
 * first of the same passage (same document, same entry, same snippet) stays, the versions of the others are listed
 * with it ("also in v1–v3").
 */
final class FoldedHits {
    private FoldedHits() {
    }

    /** A hit and the versions (numbers, ascending) where the same passage stands too. */
    record Folded(Hit hit, List<Integer> alsoIn) {
    }

    /**
     * Folds {@code shown} (in its order) and adds the versions of the {@code elsewhere} hits that are the same
     * passage as a shown one; elsewhere's other hits are dropped (they were filtered out).
     */
    static List<Folded> fold(List<Hit> shown, List<Hit> elsewhere) {
        Map<String, Hit> first = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> versions = new LinkedHashMap<>();
        for (Hit hit : shown) {
            String key = key(hit);
            if (first.putIfAbsent(key, hit) != null && hit.version() > 0) versions.get(key).add(hit.version());
            versions.computeIfAbsent(key, k -> new TreeSet<>());
        }
        for (Hit hit : elsewhere) {
            TreeSet<Integer> set = versions.get(key(hit));
            if (set != null && hit.version() > 0) set.add(hit.version());
        }
        List<Folded> out = new ArrayList<>();
        first.forEach((key, hit) -> {
            TreeSet<Integer> also = versions.get(key);
            also.remove(hit.version());
            out.add(new Folded(hit, List.copyOf(also)));
        });
        return out;
    }

    private static String key(Hit hit) {
        return hit.documentId() + '\u0000' + hit.entryId() + '\u0000' + hit.snippetHtml();
    }

    /** "v1–v3, v5": runs of consecutive versions as ranges. */
    static String ranges(List<Integer> versions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < versions.size(); ) {
            int j = i;
            while (j + 1 < versions.size() && versions.get(j + 1) == versions.get(j) + 1) j++;
            if (!out.isEmpty()) out.append(", ");
            out.append('v').append(versions.get(i));
            if (j > i) out.append('–').append('v').append(versions.get(j));
            i = j + 1;
        }
        return out.toString();
    }
}
