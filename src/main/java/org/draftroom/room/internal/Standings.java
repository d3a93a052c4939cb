package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Walk;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;

/**
 * Where a negotiation stands, for the dashboard: open brackets per section and per delegation, what each
 * delegation holds (its proposals by status, its positions by stance), the positions taken on every open proposal,
 * and the paragraphs open, free of brackets and agreed. Plain functions over the model; delegations are ids here
 * ({@code ""} for what nobody could be credited with) and get their names where they are shown.
 */
public final class Standings {
    /** Who a proposal or position counts for: its sponsors and the group they speak for. */
    static Set<String> counted(Actors actors) {
        Set<String> out = new LinkedHashSet<>(actors.by());
        if (actors.onBehalfOf() != null) out.add(actors.onBehalfOf());
        if (out.isEmpty()) out.add("");
        return out;
    }

    /**
     * One section (or the opening paragraphs, id ""): its open brackets (the outline's figure: open proposals plus
     * bracketed passages), open proposals per delegation, and its numbered paragraphs by state.
     */
    public record SectionRow(String sectionId, String label, String heading, int openBrackets,
                             Map<String, Integer> openByDelegation, Paragraphs paragraphs, String firstBlockId) {
    }

    /** Numbered paragraphs: holding an open bracket, free of brackets, marked agreed. */
    public record Paragraphs(int open, int clear, int agreed) {
        public int total() {
            return open + clear + agreed;
        }

        Paragraphs plus(Paragraphs o) {
            return new Paragraphs(open + o.open, clear + o.clear, agreed + o.agreed);
        }
    }

    /** What a delegation holds: its proposals by status, the positions it took by stance, where its open ones are. */
    public record DelegationRow(String delegationId, Map<Status, Integer> proposals, Map<Position.Stance, Integer> positions,
                                List<Places.Place> openPlaces) {
        public int open() {
            return proposals.getOrDefault(Status.OPEN, 0);
        }
    }

    /** An open proposal, where it is, who sponsors it and each delegation's latest position on it. */
    public record OpenProposal(Proposal proposal, Places.Place place, Set<String> sponsors,
                               Map<String, Position.Stance> positions) {
    }

    public record Result(List<SectionRow> sections, List<DelegationRow> delegations, List<OpenProposal> open,
                         List<String> positionHolders, Paragraphs paragraphs) {
    }

    private Standings() {
    }

    public static Result of(NegotiationDocument doc) {
        Places places = Places.of(doc);
        Numbering numbering = Numbering.of(doc);
        Map<String, Integer> brackets = ViewFilters.openBrackets(doc);
        Set<String> openAt = new HashSet<>();
        for (Places.Placed p : places.all()) if (p.proposal().status() == Status.OPEN) openAt.add(p.place().blockId());
        List<SectionRow> sections = new ArrayList<>();
        Paragraphs total = new Paragraphs(0, 0, 0);
        Map<String, List<Block>> parts = new LinkedHashMap<>();
        parts.put("", doc.preamble());
        doc.sections().forEach(s -> parts.put(s.id(), s.blocks()));
        for (var part : parts.entrySet()) {
            Section s = doc.sections().stream().filter(x -> x.id().equals(part.getKey())).findFirst().orElse(null);
            Paragraphs counts = paragraphs(part.getValue(), numbering, openAt);
            total = total.plus(counts);
            if (s == null && part.getValue().isEmpty()) continue;
            Map<String, Integer> byDelegation = new LinkedHashMap<>();
            for (Places.Placed p : places.all()) {
                if (p.place().sectionId().equals(part.getKey()) && p.proposal().status() == Status.OPEN) {
                    counted(p.proposal().actors()).forEach(d -> byDelegation.merge(d, 1, Integer::sum));
                }
            }
            sections.add(new SectionRow(part.getKey(), s == null ? "" : Places.label(s),
                    s == null ? "" : Walk.plainText(s.heading()).strip(), brackets.getOrDefault(part.getKey(), 0),
                    sortedByCount(byDelegation), counts, s != null ? s.id() : part.getValue().getFirst().id()));
        }
        return new Result(sections, delegations(places), open(places), holders(places), total);
    }

    /** The state of each numbered top-level paragraph (replacement paragraphs inside a chair's text are proposals). */
    static Paragraphs paragraphs(List<Block> blocks, Numbering numbering, Set<String> openAt) {
        Set<String> targeted = new HashSet<>();
        for (Block b : blocks) {
            if (b instanceof ProposalBlock pb && pb.proposal().status() == Status.OPEN) targeted.addAll(pb.proposal().targetIds());
        }
        int open = 0, clear = 0, agreed = 0;
        for (Block b : blocks) {
            if (!(b instanceof Paragraph p) || numbering.paragraph(p.id()) == 0) continue;
            if (p.status() == Status.AGREED) agreed++;
            else if (p.bracketed() || targeted.contains(p.id()) || openAt.contains(p.id()) || bracketedItem(p.items())) open++;
            else clear++;
        }
        return new Paragraphs(open, clear, agreed);
    }

    private static boolean bracketedItem(List<Block> items) {
        for (Block b : items) {
            if (b instanceof Item i && (i.bracketed() || bracketedItem(i.items()))) return true;
        }
        return false;
    }

    private static List<DelegationRow> delegations(Places places) {
        Map<String, Map<Status, Integer>> proposals = new LinkedHashMap<>();
        Map<String, Map<Position.Stance, Integer>> positions = new LinkedHashMap<>();
        Map<String, List<Places.Place>> where = new LinkedHashMap<>();
        for (Places.Placed placed : places.all()) {
            Proposal p = placed.proposal();
            for (String d : counted(p.actors())) {
                proposals.computeIfAbsent(d, k -> new EnumMap<>(Status.class)).merge(p.status(), 1, Integer::sum);
                if (p.status() == Status.OPEN) {
                    List<Places.Place> list = where.computeIfAbsent(d, k -> new ArrayList<>());
                    if (!list.contains(placed.place())) list.add(placed.place());
                }
            }
            for (Position pos : p.positions()) {
                for (String d : counted(pos.actors())) {
                    positions.computeIfAbsent(d, k -> new EnumMap<>(Position.Stance.class)).merge(pos.stance(), 1, Integer::sum);
                }
            }
        }
        Set<String> all = new LinkedHashSet<>(proposals.keySet());
        all.addAll(positions.keySet());
        List<DelegationRow> rows = new ArrayList<>();
        for (String d : all) {
            rows.add(new DelegationRow(d, proposals.getOrDefault(d, Map.of()), positions.getOrDefault(d, Map.of()),
                    List.copyOf(where.getOrDefault(d, List.of()))));
        }
        rows.sort(Comparator.comparingInt(DelegationRow::open).reversed()
                .thenComparing(r -> -r.proposals().values().stream().mapToInt(Integer::intValue).sum()));
        return rows;
    }

    private static List<OpenProposal> open(Places places) {
        List<OpenProposal> out = new ArrayList<>();
        for (Places.Placed placed : places.all()) {
            Proposal p = placed.proposal();
            if (p.status() != Status.OPEN) continue;
            Map<String, Position.Stance> stances = new LinkedHashMap<>();
            for (Position pos : p.positions()) {
                for (String d : counted(pos.actors())) {
                    stances.remove(d); // the latest position of a delegation is the one that stands
                    stances.put(d, pos.stance());
                }
            }
            out.add(new OpenProposal(p, placed.place(), counted(p.actors()), stances));
        }
        return out;
    }

    /** Delegations with a position on some open proposal, those with the most positions first. */
    private static List<String> holders(Places places) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Places.Placed placed : places.all()) {
            if (placed.proposal().status() != Status.OPEN) continue;
            for (Position pos : placed.proposal().positions()) counted(pos.actors()).forEach(d -> n.merge(d, 1, Integer::sum));
        }
        return List.copyOf(sortedByCount(n).keySet());
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
