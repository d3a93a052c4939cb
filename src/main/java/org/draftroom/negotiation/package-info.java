/**
 * The negotiation model: documents, sections, paragraphs and items, and the proposals and positions
 * delegations attach to them. Plain Java records and sealed types only: no Spring, Vaadin or JPA, so
 * that the importer, renderers, persistence, search and exports all speak the same immutable language.
 */
package org.draftroom.negotiation;
