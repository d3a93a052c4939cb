package org.draftroom.exports;

/**
 * What to export.
 *
 * @param tracked  for {@link ExportVariant#MARKED}: proposals as tracked changes (true) or as bracketed text
 *                 with attributions (false)
 * @param version  which text: {@code current} (null), a version number or {@code rev:N}
 * @param from     when set, a comparison from this text to {@code version}
 * @param blockId  with {@code from}: compare only this paragraph
 */
public record ExportRequest(String documentId, ExportFormat format, ExportVariant variant, boolean tracked,
                            String version, String from, String blockId) {

    public static ExportRequest of(String documentId, ExportFormat format, ExportVariant variant, boolean tracked) {
        return new ExportRequest(documentId, format, variant, tracked, null, null, null);
    }

    public boolean comparison() {
        return from != null && !from.isBlank();
    }
}
