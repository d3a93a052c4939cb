/**
 * The audit trail: an append-only, hash-chained record of who did what, including refused attempts.
 * Each entry's hash covers the previous entry's hash, so editing or deleting any row breaks the chain
 * at that point, and {@link org.draftroom.audit.AuditTrail#verify()} names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"security", "documents"})
package org.draftroom.audit;
