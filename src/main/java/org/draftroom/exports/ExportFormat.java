package org.draftroom.exports;

import java.util.Locale;

/** File formats the exports module writes. */
public enum ExportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    AKN("application/akn+xml", "akn.xml"),
    HTML("text/html", "html");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown format '" + value + "' (docx, pdf, akn, html)");
        }
    }
}
