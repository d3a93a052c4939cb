package org.draftroom.negotiation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Displayed numbers are computed, never stored: paragraphs are numbered 1, 2, … in reading order across
 * the document; paragraphs inside a chair's alternative text take the number of the first paragraph they
 * replace and count on from there; footnotes are numbered in order.
 */
public final class Numbering {
    private final Map<String, Integer> paragraphNumbers = new HashMap<>();
    private final Map<String, Integer> footnoteNumbers = new HashMap<>();
    private final Map<String, String> sectionLabels = new HashMap<>();

    private Numbering() {
    }

    public static Numbering of(NegotiationDocument document) {
        Numbering numbering = new Numbering();
        int[] next = {1};
        int[] footnote = {1};
        numbering.walk(document.preamble(), next, footnote);
        for (int i = 0; i < document.sections().size(); i++) {
            Section section = document.sections().get(i);
            String label = section.label() == null ? "" : bare(section.label());
            numbering.sectionLabels.put(section.id(), label.isEmpty() ? sectionLabel(i) : label);
            numbering.walk(section.blocks(), next, footnote);
        }
        return numbering;
    }

    private void walk(List<Block> blocks, int[] next, int[] footnote) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> {
                    if (p.numbered()) paragraphNumbers.put(p.id(), next[0]++);
                    walk(p.items(), next, footnote);
                }
                case Item i -> walk(i.items(), next, footnote);
                case Footnote f -> footnoteNumbers.put(f.id(), footnote[0]++);
                case ProposalBlock pb -> walkAlternative(pb.proposal(), next, footnote);
                case Statement ignored -> { }
            }
        }
    }

    /** Replacement paragraphs count from the first paragraph they replace, without advancing the main count. */
    private void walkAlternative(Proposal proposal, int[] next, int[] footnote) {
        if (proposal.blocks().isEmpty()) return;
        int start = proposal.targetIds().stream().map(paragraphNumbers::get).filter(n -> n != null)
                .findFirst().orElse(next[0]);
        walk(proposal.blocks(), new int[]{start}, footnote);
    }

    /** The displayed number of a paragraph, or 0 when it is unnumbered or unknown. */
    public int paragraph(String paragraphId) {
        return paragraphNumbers.getOrDefault(paragraphId, 0);
    }

    public int footnote(String footnoteId) {
        return footnoteNumbers.getOrDefault(footnoteId, 0);
    }

    /** A section's displayed letter ("D") by its id; null when no section has that id. */
    public String section(String sectionId) {
        return sectionLabels.get(sectionId);
    }

    /**
     * Where a move goes, in the reader's words: "D节" in Chinese, "section D" otherwise. A destination is stored
     * as a section id (made in the room) or as the label the text gave (imported); an id is never shown, a label
     * written by hand is kept as it was written.
     */
    public String destination(String idOrLabel, String language) {
        if (idOrLabel == null) return "";
        String letter = sectionLabels.get(idOrLabel);
        if (letter == null) return idOrLabel;
        return language != null && language.startsWith("zh") ? letter + "节" : "section " + letter;
    }

    private static String bare(String label) {
        return label.strip().replaceAll("[.．、节]+$", "").strip();
    }

    /** Section labels A., B., … by position. */
    public static String sectionLabel(int index) {
        StringBuilder label = new StringBuilder();
        int n = index;
        do {
            label.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return label.toString();
    }

    /** Item labels: a, b, … for letters; 1, 2, … for numbers; i, ii, … for roman. */
    public static String itemLabel(Item.Marker marker, int index) {
        return switch (marker) {
            case LETTER -> sectionLabel(index).toLowerCase(java.util.Locale.ROOT);
            case NUMBER -> Integer.toString(index + 1);
            case ROMAN -> roman(index + 1);
            case BULLET -> "•";
            case DASH -> "−";
        };
    }

    private static String roman(int n) {
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
