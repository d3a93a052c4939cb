package org.draftroom.exports;

/**
 * A version of a document was frozen (issued at a session, or an earlier issue recorded). Published inside the
 * writing transaction; transactional listeners see it once the version is committed. Read the text with
 * {@link VersionService#text(String, int)}.
 */
public record VersionFrozen(String documentId, int number, String sessionCode) {
}
