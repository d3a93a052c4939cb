package org.draftroom.room;

/** A proposal a chair's text draws on, as it read when the chair took it in. */
public record LineageLink(String chairProposalId, String sourceProposalId, String summary) {
}
