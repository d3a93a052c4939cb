package org.draftroom.room.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.room.Acting;
import org.draftroom.room.ChairDraft;
import org.draftroom.room.LineageLink;
import org.draftroom.room.RoomOutcome;
import org.draftroom.room.RoomService;
import org.draftroom.room.Wording;

/**
 * The room's write operations over HTTP, with exactly the rules of {@link RoomService}: 403 when a rule refuses
 * (the problem detail says which), 409 when the wording changed under an edit, 400 for bad input.
 */
@RestController
@RequestMapping("/api/v1/documents/{id}")
@Tag(name = "Room", description = "Proposals, positions, chair's texts and agreement")
@ApiResponse(responseCode = "403", description = "refused by the room's rules (role, acting for another delegation, …)")
@ApiResponse(responseCode = "404", description = "no such document, block or proposal")
public class RoomController {
    private final RoomService room;

    RoomController(RoomService room) {
        this.room = room;
    }

    @GetMapping("/blocks/{blockId}/wording")
    @Operation(summary = "The editable wording of a paragraph, item or heading, with the revision to edit from")
    public Wording wording(@PathVariable String id, @PathVariable String blockId) {
        return room.wording(id, blockId);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose: new wording (diffed into insertions/deletions/replacements), a new item, a move, "
            + "a deletion, retaining or bracketing text")
    @ApiResponse(responseCode = "409", description = "the same words changed since baseRevision: nothing was recorded")
    public RoomOutcome propose(@PathVariable String id, @RequestBody RoomRequests.Proposal p) {
        Acting acting = new Acting(p.delegation(), p.onBehalfOf(), p.coSponsors());
        String kind = required(p.kind(), "kind");
        String block = required(p.blockId(), "blockId");
        return switch (kind) {
            case "wording" -> room.proposeWording(id, block, required(p.wording(), "wording"), p.baseRevision(), acting);
            case "add-item" -> room.proposeNewAfter(id, block, required(p.wording(), "wording"), acting);
            case "move", "delete" -> room.proposeAboutParagraph(id, block, ProposalKind.fromWire(kind), p.destination(), acting);
            case "retain", "request-brackets", "exclude" -> p.span() == null
                    ? room.proposeAboutParagraph(id, block, ProposalKind.fromWire(kind), null, acting)
                    : room.proposeOnSpan(id, block, ProposalKind.fromWire(kind), p.span(), p.occurrence() == null ? 1 : p.occurrence(), acting);
            default -> throw new IllegalArgumentException("unknown kind '" + kind
                    + "': use wording, add-item, move, delete, retain, request-brackets or exclude");
        };
    }

    @PostMapping("/proposals/{pid}/withdraw")
    @Operation(summary = "Withdraw a proposal of one's own delegation (a co-sponsor takes its name off)")
    public RoomOutcome withdraw(@PathVariable String id, @PathVariable String pid,
                                @RequestBody(required = false) RoomRequests.ForDelegation body) {
        return room.withdraw(id, pid, Acting.as(body == null ? null : body.delegation()));
    }

    @PostMapping("/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Support, oppose, reserve on or comment on a proposal or chair's text")
    public RoomOutcome position(@PathVariable String id, @RequestBody RoomRequests.PositionRequest p) {
        Position.Stance stance;
        try {
            stance = Position.Stance.valueOf(required(p.stance(), "stance").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown stance '" + p.stance() + "': use support, oppose, reserve or comment");
        }
        return room.statePosition(id, required(p.proposalId(), "proposalId"), stance, p.text(),
                new Acting(p.delegation(), p.onBehalfOf(), List.of()));
    }

    @PostMapping("/proposals/{pid}/positions/withdraw")
    @Operation(summary = "Withdraw the delegation's position on a proposal")
    public RoomOutcome withdrawPosition(@PathVariable String id, @PathVariable String pid,
                                        @RequestBody(required = false) RoomRequests.ForDelegation body) {
        return room.withdrawPosition(id, pid, Acting.as(body == null ? null : body.delegation()));
    }

    @PostMapping("/agree")
    @Operation(summary = "Secretariat: mark a paragraph, item or proposal agreed (its brackets go in the clean text)")
    public RoomOutcome agree(@PathVariable String id, @RequestBody RoomRequests.Target t) {
        return room.agree(id, required(t.targetId(), "targetId"));
    }

    @PostMapping("/agree/undo")
    @Operation(summary = "Secretariat: undo the latest agreement on a paragraph, item or proposal")
    @ApiResponse(responseCode = "409", description = "the agreed text changed since; undoing would lose that")
    public RoomOutcome undoAgree(@PathVariable String id, @RequestBody RoomRequests.Target t) {
        return room.undoAgree(id, required(t.targetId(), "targetId"));
    }

    @PostMapping("/chair-texts/draft")
    @Operation(summary = "Chair: starting wording for an alternative text with the chosen proposals merged in")
    public ChairDraft chairDraft(@PathVariable String id, @RequestBody RoomRequests.ChairDraftRequest r) {
        return room.chairDraft(id, list(r.paragraphIds()), new LinkedHashSet<>(list(r.chosen())));
    }

    @PostMapping("/chair-texts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chair: post an alternative text replacing one or several paragraphs")
    public RoomOutcome chairText(@PathVariable String id, @RequestBody RoomRequests.ChairText c) {
        return room.postChairText(id, list(c.targetIds()), list(c.wordings()), new LinkedHashSet<>(list(c.drawsOn())));
    }

    @PostMapping("/chair-texts/{cid}/accept")
    @Operation(summary = "Chair or secretariat: take the chair's text as the basis (the proposals it drew on are superseded)")
    public RoomOutcome acceptChairText(@PathVariable String id, @PathVariable String cid) {
        return room.acceptChairText(id, cid);
    }

    @PostMapping("/chair-suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chair: a suggestion about a paragraph (move it, adopt a proposal if no one objects)")
    public RoomOutcome chairSuggestion(@PathVariable String id, @RequestBody RoomRequests.ChairSuggestion s) {
        return room.chairSuggestion(id, required(s.blockId(), "blockId"), s.text(), s.destination());
    }

    @PostMapping("/base-text")
    @Operation(summary = "Secretariat: edit the base text of a paragraph (not a proposal)")
    public RoomOutcome baseText(@PathVariable String id, @RequestBody RoomRequests.BaseText b) {
        return room.editBase(id, required(b.blockId(), "blockId"), required(b.wording(), "wording"), b.baseRevision());
    }

    @PostMapping("/renumber")
    @Operation(summary = "Secretariat: relabel sections A, B, C … in order")
    public RoomOutcome renumber(@PathVariable String id) {
        return room.renumber(id);
    }

    @PostMapping("/screen/select")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Chair or secretariat: bring a paragraph up on the room's screen")
    public void select(@PathVariable String id, @RequestBody RoomRequests.Select s) {
        room.select(id, required(s.blockId(), "blockId"));
    }

    @GetMapping("/lineage")
    @Operation(summary = "Which proposals each chair's text drew on")
    public List<LineageLink> lineage(@PathVariable String id) {
        return room.lineage(id);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
        return value;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }
}
