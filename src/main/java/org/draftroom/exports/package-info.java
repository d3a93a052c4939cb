/**
 * What the secretariat issues: versions frozen at sessions, comparisons between them, decision lists and
 * bundles, and the exports (DOCX, PDF, Akoma Ntoso) — all written from one intermediate representation
 * ({@code internal.render}) so that every format says the same thing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports",
        allowedDependencies = {"negotiation", "documents", "documents :: ui", "notation", "delegations", "security"})
package org.draftroom.exports;
