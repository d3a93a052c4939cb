/**
 * Users, roles and sign-in. Other modules ask {@link org.draftroom.security.CurrentUser} who is acting
 * and guard their services with {@code @PreAuthorize} on the {@link org.draftroom.security.Role}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"negotiation", "delegations", "api"})
package org.draftroom.security;
