/**
 * Full-text search across negotiation texts with Apache Lucene: an index derived from the stored documents
 * (rebuildable at any time, kept up to date near-real-time from {@code DocumentChanged} events), Chinese and
 * UN-language analysis, filters and facets, highlighted snippets that link to the paragraph.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"negotiation", "documents", "delegations", "security", "shell"})
package org.draftroom.search;
