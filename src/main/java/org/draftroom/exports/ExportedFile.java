package org.draftroom.exports;

/** An exported file, ready to download. */
public record ExportedFile(String fileName, String contentType, byte[] content) {
}
