/**
 * Full-text search across negotiation texts with Apache Lucene: an index derived from the stored documents and
 * their frozen versions (rebuildable at any time, kept up to date near-real-time from {@code DocumentChanged} and
 * exports' {@code VersionFrozen} events), Chinese and UN-language analysis, filters and facets, highlighted
 * snippets that link to the paragraph. Search reads versions through the exports module's published
 * {@code VersionService}; exports knows nothing of search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"negotiation", "documents", "documents :: ui", "exports", "delegations", "shell", "api"})
package org.draftroom.search;
