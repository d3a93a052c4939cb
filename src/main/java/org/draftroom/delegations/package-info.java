/**
 * Who can speak in a negotiation: member states (ISO 3166-1 alpha-2 ids, names in the six UN languages from
 * the JDK's locale data plus official and short-form aliases), WIPO's regional groups, and the chair,
 * secretariat and committee. {@link org.draftroom.delegations.DelegationRegistry} resolves names found in
 * texts to stable ids and gives each delegation a colour.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegations", allowedDependencies = {})
package org.draftroom.delegations;
