package org.draftroom.exports.internal.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.exports.ComparisonSummary;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.NegotiationDocument;

/**
 * Compares two versions of a document (or one paragraph of them): pieces are matched by stable id where
 * both versions share it and the wording is still related, else by identical text, else by text similarity,
 * so renumbered and moved paragraphs are found; matched pieces are diffed in track changes.
 */
public final class Comparator {
    private static final double SIMILAR = 0.45;
    private static final double ID_STILL_RELATED = 0.2;

    public record Result(Rendition.Part part, ComparisonSummary summary) {
    }

    private Comparator() {
    }

    /**
     * @param blockId when not null, only the piece with this id (in either version) is compared
     * @param author  who the changes are credited to (the later version, e.g. "WO/PBC/36/12")
     */
    public static Result compare(NegotiationDocument before, NegotiationDocument after, String blockId, Names names,
                                 Author author, String closing) {
        Rendition.Part a = RenditionBuilder.part(before, names, Mode.BRACKETS, null);
        Rendition.Part b = RenditionBuilder.part(after, names, Mode.BRACKETS, closing);
        List<Unit> ua = Unit.of(a.body());
        List<Unit> ub = Unit.of(b.body());
        int[] match = match(ua, ub);
        if (blockId != null) {
            int[] only = new int[ub.size()];
            Arrays.fill(only, -1);
            List<Unit> fa = new ArrayList<>();
            List<Unit> fb = new ArrayList<>();
            for (int j = 0; j < ub.size(); j++) {
                if (ub.get(j).id().equals(blockId) || (match[j] >= 0 && ua.get(match[j]).id().equals(blockId))) {
                    fb.add(ub.get(j));
                    if (match[j] >= 0) fa.add(ua.get(match[j]));
                }
            }
            if (fb.isEmpty()) ua.stream().filter(u -> u.id().equals(blockId)).forEach(fa::add);
            ua = fa;
            ub = fb;
            match = match(ua, ub);
        }
        boolean[] moved = moved(match);
        List<Node> body = new ArrayList<>();
        boolean[] emitted = new boolean[ua.size()];
        int[] counts = new int[5];
        Labels labels = Labels.of(after.header().language());
        int nextA = 0;
        for (int j = 0; j < ub.size(); j++) {
            Unit u = ub.get(j);
            int i = match[j];
            if (i >= 0 && !moved[j]) {
                for (; nextA < i; nextA++) {
                    if (!emitted[nextA] && !matchedA(match, nextA)) {
                        body.add(whole(ua.get(nextA), Run.Type.DELETE, author));
                        emitted[nextA] = true;
                        if (ua.get(nextA).paragraphLike()) counts[1]++;
                    }
                }
                nextA = Math.max(nextA, i + 1);
            }
            if (i < 0) {
                body.add(whole(u, Run.Type.INSERT, author));
                if (u.paragraphLike()) counts[0]++;
                continue;
            }
            emitted[i] = true;
            Unit old = ua.get(i);
            List<Run> runs = new ArrayList<>();
            boolean renumbered = !old.label().equals(u.label()) && !old.label().isEmpty();
            if (moved[j] && u.paragraphLike()) counts[2]++;
            if (renumbered && u.paragraphLike()) counts[4]++;
            if (TextDiff.differs(old.text(), u.text()) && u.paragraphLike()) counts[3]++;
            runs.addAll(TextDiff.diff(old.text(), u.text(), author));
            String note = (moved[j] ? (labels.chinese() ? "移自" : "moved from ") + (old.label().isEmpty()
                    ? "" : old.label()) : "") + (renumbered && !moved[j] ? (labels.chinese() ? "原" : "was ")
                    + old.label() : "");
            if (!note.isBlank()) runs.add(Run.attribution(" (" + note.trim() + ")"));
            body.add(node(u, runs));
        }
        for (int i = 0; i < ua.size(); i++) {
            if (!emitted[i] && !matchedA(match, i)) {
                body.add(whole(ua.get(i), Run.Type.DELETE, author));
                if (ua.get(i).paragraphLike()) counts[1]++;
            }
        }
        ProposalDelta proposals = ProposalDelta.between(before, after, blockId);
        ComparisonSummary summary = new ComparisonSummary(counts[0], counts[1], counts[2], counts[3], counts[4],
                proposals.added(), proposals.withdrawn(), proposals.agreed());
        return new Result(new Rendition.Part(after.id(), b.header(), body, closing), summary);
    }

    private static boolean matchedA(int[] match, int i) {
        for (int m : match) if (m == i) return true;
        return false;
    }

    private static Node node(Unit u, List<Run> runs) {
        if (u.heading()) return new Node.Heading(u.id(), u.label(), runs);
        return new Node.Para(u.id(), u.kind(), u.label(), u.level(), runs);
    }

    private static Node whole(Unit u, Run.Type type, Author author) {
        return node(u, List.of(new Run.Change(type, author, null, List.of(Run.plain(u.text())))));
    }

    /** For each piece of {@code b}, the index of its match in {@code a}, or -1. */
    static int[] match(List<Unit> a, List<Unit> b) {
        int[] match = new int[b.size()];
        Arrays.fill(match, -1);
        Set<Integer> usedA = new HashSet<>();
        Map<String, Integer> aById = new HashMap<>();
        for (int i = 0; i < a.size(); i++) aById.putIfAbsent(a.get(i).id(), i);
        List<Set<Long>> gramsA = a.stream().map(u -> Similarity.bigrams(u.text())).toList();
        List<Set<Long>> gramsB = b.stream().map(u -> Similarity.bigrams(u.text())).toList();
        for (int j = 0; j < b.size(); j++) {
            Integer i = aById.get(b.get(j).id());
            if (i != null && a.get(i).heading() == b.get(j).heading()
                    && Similarity.dice(gramsA.get(i), gramsB.get(j)) >= ID_STILL_RELATED) {
                match[j] = i;
                usedA.add(i);
            }
        }
        Map<String, List<Integer>> aByText = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (!usedA.contains(i)) aByText.computeIfAbsent(Similarity.normal(a.get(i).text()), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < b.size(); j++) {
            if (match[j] >= 0) continue;
            List<Integer> same = aByText.get(Similarity.normal(b.get(j).text()));
            if (same != null && !same.isEmpty()) {
                match[j] = same.removeFirst();
                usedA.add(match[j]);
            }
        }
        Similarity.greedy(a, b, gramsA, gramsB, match, usedA, SIMILAR);
        return match;
    }

    /** Pieces out of order relative to the longest run kept in order count as moved. */
    static boolean[] moved(int[] match) {
        int n = match.length;
        int[] tails = new int[n];
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int j = 0; j < n; j++) {
            if (match[j] < 0) continue;
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < match[j]) lo = mid + 1; else hi = mid;
            }
            tails[lo] = match[j];
            tailIndex[lo] = j;
            previous[j] = lo > 0 ? tailIndex[lo - 1] : -1;
            if (lo == length) length++;
        }
        boolean[] moved = new boolean[n];
        for (int j = 0; j < n; j++) moved[j] = match[j] >= 0;
        int k = length > 0 ? tailIndex[length - 1] : -1;
        while (k >= 0) {
            moved[k] = false;
            k = previous[k];
        }
        return moved;
    }
}
