/**
 * The HTTP contract of the REST API under {@code /api/v1}, the same for every module: errors as RFC 9457 problem
 * details with one type-URI scheme ({@link org.draftroom.api.ProblemType}), written in one place
 * ({@link org.draftroom.api.Problems}); paging ({@link org.draftroom.api.PageRequest}, {@link org.draftroom.api.Page});
 * revisions as entity tags ({@link org.draftroom.api.EntityTags}); {@code Idempotency-Key} on every write, whose
 * change the write path records in its own transaction ({@link org.draftroom.api.IdempotentWrites}, ADR 0013);
 * and the OpenAPI description that says all of
 * this. Feature modules tell it how their own exceptions read over HTTP with a
 * {@link org.draftroom.api.ProblemMapping}; it knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API contract", allowedDependencies = {})
package org.draftroom.api;
