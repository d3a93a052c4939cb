package org.draftroom.room.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.api.EntityTags;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.room.Acting;
import org.draftroom.room.ChairDraft;
import org.draftroom.room.CoSponsorships;
import org.draftroom.room.GroupSpeaking;
import org.draftroom.room.LineageLink;
import org.draftroom.room.RoomOutcome;
import org.draftroom.room.RoomService;
import org.draftroom.room.Wording;

/**
 * The room's write operations over HTTP, with exactly the rules of {@link RoomService}: 403 when a rule refuses
 * (the problem detail says which), 409 when the wording changed under an edit, 400 for bad input
 * ({@link RoomProblemMapping}).
 */
@RestController
@RequestMapping("/api/v1/documents/{id}")
@Tag(name = "Room", description = "Proposals, positions, chair's texts and agreement")
public class RoomController {
    private static final String REFUSED = "refused by the room's rules (role, acting for another delegation, …): "
            + "the problem's operation names the rule; nothing was changed";
    private final RoomService room;
    private final CoSponsorships coSponsorships;

    RoomController(RoomService room, CoSponsorships coSponsorships) {
        this.room = room;
        this.coSponsorships = coSponsorships;
    }

    @GetMapping(value = "/blocks/{blockId}/wording", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The editable wording of a paragraph, item or heading, with the revision to edit from",
            description = "The block's text with ⟦n⟧ markers where proposals sit, and the document revision it was "
                    + "read at (also the ETag): send that revision back as baseRevision (or If-Match) with a wording "
                    + "proposal. Any signed-in user.",
            responses = @ApiResponse(responseCode = "200", description = "the wording",
                    headers = @Header(name = HttpHeaders.ETAG, description = "the document's revision, e.g. \"12\"")))
    public ResponseEntity<Wording> wording(@PathVariable String id, @PathVariable String blockId) {
        Wording w = room.wording(id, blockId);
        return ResponseEntity.ok().eTag(EntityTags.of(w.revision())).body(w);
    }

    @PostMapping(value = "/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose: new wording (diffed into insertions/deletions/replacements), a new item, a move, "
            + "a deletion, retaining or bracketing text",
            description = "A delegate proposes for its own delegation (or its group, onBehalfOf); the secretariat "
                    + "records for any delegation it names. The answer lists the ids of the proposals recorded.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ApiResponse(responseCode = "403", description = REFUSED)
    @ApiResponse(responseCode = "409", description = "the same words changed since baseRevision: nothing was recorded")
    public RoomOutcome propose(@PathVariable String id, @RequestBody RoomRequests.Proposal p) {
        Acting acting = new Acting(p.delegation(), p.onBehalfOf(), p.coSponsors());
        String kind = required(p.kind(), "kind");
        String block = required(p.blockId(), "blockId");
        return switch (kind) {
            case "wording" -> room.proposeWording(id, block, required(p.wording(), "wording"), p.baseRevision(), acting);
            case "add-item" -> room.proposeNewAfter(id, block, required(p.wording(), "wording"), acting);
            case "rewrite" -> room.proposeRewrite(id, block, required(p.wording(), "wording"), acting);
            case "move", "delete" -> room.proposeAboutParagraph(id, block, ProposalKind.fromWire(kind), p.destination(), acting);
            case "retain", "request-brackets", "exclude" -> p.span() == null
                    ? room.proposeAboutParagraph(id, block, ProposalKind.fromWire(kind), null, acting)
                    : room.proposeOnSpan(id, block, ProposalKind.fromWire(kind), p.span(), p.occurrence() == null ? 1 : p.occurrence(), acting);
            default -> throw new IllegalArgumentException("unknown kind '" + kind
                    + "': use wording, rewrite, add-item, move, delete, retain, request-brackets or exclude");
        };
    }

    @PostMapping(value = "/proposals/{pid}/withdraw", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a proposal of one's own delegation (a co-sponsor takes its name off)",
            description = "The proposal stays in the history as withdrawn. The secretariat names the delegation it "
                    + "acts for in the body.")
    @ApiResponse(responseCode = "200", description = "withdrawn")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome withdraw(@PathVariable String id, @PathVariable String pid,
                                @RequestBody(required = false) RoomRequests.ForDelegation body) {
        return room.withdraw(id, pid, Acting.as(body == null ? null : body.delegation()));
    }

    @PostMapping(value = "/proposals/{pid}/co-sponsorship/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a request to co-sponsor: the delegation (or, with onBehalfOf, the group it speaks for) "
            + "becomes a sponsor; the secretariat names the delegation it records for",
            description = "Only the delegation named in the request (or the secretariat for it); from then on it is "
                    + "shown as a sponsor in the UI, the marked text and AKN.")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome acceptCoSponsorship(@PathVariable String id, @PathVariable String pid,
                                           @RequestBody(required = false) RoomRequests.CoSponsorAnswer body) {
        return coSponsorships.accept(id, pid, answering(body));
    }

    @PostMapping(value = "/proposals/{pid}/co-sponsorship/decline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline a request to co-sponsor: the request is taken off, the proposal stays its proposers'",
            description = "Only the delegation named in the request (or the secretariat for it).")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome declineCoSponsorship(@PathVariable String id, @PathVariable String pid,
                                            @RequestBody(required = false) RoomRequests.CoSponsorAnswer body) {
        return coSponsorships.decline(id, pid, answering(body));
    }

    @GetMapping(value = "/group-speaking", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who may speak on behalf of a group in this document: any member, or only named coordinators",
            description = "The document's own rule, else the committee's default. Any signed-in user.")
    public RoomRequests.GroupSpeakingRule groupSpeaking(@PathVariable String id) {
        return RoomRequests.GroupSpeakingRule.of(coSponsorships.groupSpeaking(id));
    }

    @PutMapping(value = "/group-speaking", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Secretariat: set who may speak on behalf of a group in this document",
            description = "rule coordinator (with the coordinators per group, members only) or any-member; audited. "
                    + "Only the secretariat.")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomRequests.GroupSpeakingRule setGroupSpeaking(@PathVariable String id, @RequestBody RoomRequests.GroupSpeakingRule r) {
        GroupSpeaking speaking = new GroupSpeaking(GroupSpeaking.Rule.fromWire(required(r.rule(), "rule")), r.coordinators());
        return RoomRequests.GroupSpeakingRule.of(coSponsorships.setGroupSpeaking(id, speaking));
    }

    private static Acting answering(RoomRequests.CoSponsorAnswer body) {
        return body == null ? Acting.self() : new Acting(body.delegation(), body.onBehalfOf(), List.of());
    }

    @PostMapping(value = "/positions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Support, oppose, reserve on or comment on a proposal or chair's text",
            description = "Replaces the delegation's earlier position on the same proposal.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ApiResponse(responseCode = "403", description = REFUSED)
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

    @PostMapping(value = "/proposals/{pid}/positions/withdraw", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the delegation's position on a proposal",
            description = "The position stays in the history. The secretariat names the delegation in the body.")
    @ApiResponse(responseCode = "200", description = "withdrawn")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome withdrawPosition(@PathVariable String id, @PathVariable String pid,
                                        @RequestBody(required = false) RoomRequests.ForDelegation body) {
        return room.withdrawPosition(id, pid, Acting.as(body == null ? null : body.delegation()));
    }

    @PostMapping(value = "/agree", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Secretariat: mark a paragraph, item or proposal agreed",
            description = "Agreed text loses its brackets in the clean text; an agreed proposal is taken into the "
                    + "text. Only the secretariat.")
    @ApiResponse(responseCode = "200", description = "agreed")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome agree(@PathVariable String id, @RequestBody RoomRequests.Target t) {
        return room.agree(id, required(t.targetId(), "targetId"));
    }

    @PostMapping(value = "/agree/undo", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Secretariat: undo the latest agreement on a paragraph, item or proposal",
            description = "Restores the state before the latest agreement on the target. Only the secretariat.")
    @ApiResponse(responseCode = "200", description = "undone")
    @ApiResponse(responseCode = "403", description = REFUSED)
    @ApiResponse(responseCode = "409", description = "the agreed text changed since; undoing would lose that")
    public RoomOutcome undoAgree(@PathVariable String id, @RequestBody RoomRequests.Target t) {
        return room.undoAgree(id, required(t.targetId(), "targetId"));
    }

    @PostMapping(value = "/chair-texts/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chair: starting wording for an alternative text with the chosen proposals merged in",
            description = "Computes a draft and changes nothing. Only the chair.")
    @ApiResponse(responseCode = "200", description = "the draft")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public ChairDraft chairDraft(@PathVariable String id, @RequestBody RoomRequests.ChairDraftRequest r) {
        return room.chairDraft(id, list(r.paragraphIds()), new LinkedHashSet<>(list(r.chosen())));
    }

    @PostMapping(value = "/chair-texts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chair: post an alternative text replacing one or several paragraphs",
            description = "The chair's text stands beside the paragraphs it would replace until it is accepted; "
                    + "drawsOn records the proposals it merges (lineage). Only the chair.")
    @ApiResponse(responseCode = "201", description = "posted")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome chairText(@PathVariable String id, @RequestBody RoomRequests.ChairText c) {
        return room.postChairText(id, list(c.targetIds()), list(c.wordings()), new LinkedHashSet<>(list(c.drawsOn())));
    }

    @PostMapping(value = "/chair-texts/{cid}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chair or secretariat: take the chair's text as the basis",
            description = "The chair's text replaces the paragraphs it targets; the proposals it drew on are "
                    + "superseded.")
    @ApiResponse(responseCode = "200", description = "accepted")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome acceptChairText(@PathVariable String id, @PathVariable String cid) {
        return room.acceptChairText(id, cid);
    }

    @PostMapping(value = "/chair-suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chair: a suggestion about a paragraph",
            description = "E.g. move it to another section, or adopt a proposal if no one objects. Only the chair.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome chairSuggestion(@PathVariable String id, @RequestBody RoomRequests.ChairSuggestion s) {
        return room.chairSuggestion(id, required(s.blockId(), "blockId"), s.text(), s.destination());
    }

    @PostMapping(value = "/base-text", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Secretariat: edit the base text of a paragraph (not a proposal)",
            description = "Corrects the text itself, merged with changes since baseRevision. Only the secretariat.")
    @ApiResponse(responseCode = "200", description = "changed")
    @ApiResponse(responseCode = "403", description = REFUSED)
    @ApiResponse(responseCode = "409", description = "the same words changed since baseRevision: nothing was changed")
    public RoomOutcome baseText(@PathVariable String id, @RequestBody RoomRequests.BaseText b) {
        return room.editBase(id, required(b.blockId(), "blockId"), required(b.wording(), "wording"), b.baseRevision());
    }

    @PostMapping(value = "/renumber", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Secretariat: relabel sections A, B, C … in order",
            description = "Only the section labels change. Only the secretariat.")
    @ApiResponse(responseCode = "200", description = "relabelled")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public RoomOutcome renumber(@PathVariable String id) {
        return room.renumber(id);
    }

    @PostMapping("/screen/select")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Chair or secretariat: bring a paragraph up on the room's screen",
            description = "Every open projection screen of the document scrolls to the paragraph; the text does not "
                    + "change.")
    @ApiResponse(responseCode = "204", description = "shown")
    @ApiResponse(responseCode = "403", description = REFUSED)
    public void select(@PathVariable String id, @RequestBody RoomRequests.Select s) {
        room.select(id, required(s.blockId(), "blockId"));
    }

    @GetMapping(value = "/lineage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Which proposals each chair's text drew on",
            description = "One link per chair's text and proposal it merged. Any signed-in user.")
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
