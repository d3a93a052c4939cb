/**
 * Who can speak in a negotiation: the UN's Member and observer States (ISO 3166-1 alpha-2 ids, the UN's short
 * and formal names in its six languages, CLDR names and short forms as aliases), the groups of every forum
 * (WIPO's regional groups, the UN's negotiating groups; see {@link org.draftroom.delegations.Forum}), and the
 * chair, secretariat and committee. {@link org.draftroom.delegations.DelegationRegistry} resolves names found
 * in texts to stable ids and gives each delegation a colour.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegations", allowedDependencies = {})
package org.draftroom.delegations;
