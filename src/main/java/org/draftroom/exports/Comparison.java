package org.draftroom.exports;

/** A comparison for display: what was compared, the summary and the track-changes text as an HTML fragment. */
public record Comparison(String fromLabel, String toLabel, ComparisonSummary summary, String html) {
}
