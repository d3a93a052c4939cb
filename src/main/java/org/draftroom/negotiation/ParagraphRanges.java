package org.draftroom.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Paragraph numbers as readers write them: "5", "4, 5", "3–5, 8" (runs of three or more joined by an en dash),
 * so that a label can say "paragraph 5" for one and "paragraphs 3–5" for several.
 */
public final class ParagraphRanges {
    private ParagraphRanges() {
    }

    /** The numbers (0 and below are not numbered and left out), sorted, without repeats. */
    public static String of(List<Integer> numbers) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(numbers.stream().filter(n -> n > 0).toList()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            if (j - i >= 2) parts.add(sorted.get(i) + "–" + sorted.get(j));
            else for (int k = i; k <= j; k++) parts.add(String.valueOf(sorted.get(k)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** Whether the numbers name more than one paragraph. */
    public static boolean several(List<Integer> numbers) {
        return numbers.stream().filter(n -> n > 0).distinct().count() > 1;
    }
}
