package org.draftroom.room;

import java.util.List;

/**
 * A starting point for a chair's text: the paragraphs' wording with the chosen proposals merged in.
 *
 * @param candidates proposals that can be merged, as (id, one-line description)
 */
public record ChairDraft(List<String> paragraphIds, List<String> wordings, List<Candidate> candidates, long revision) {
    public record Candidate(String proposalId, String kind, String by, String description) {
    }
}
