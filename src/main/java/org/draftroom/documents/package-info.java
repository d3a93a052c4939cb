/**
 * Documents: storage of negotiation texts with their revision history, {@link
 * org.draftroom.documents.DocumentService} (the one way to read and change a text), the document list and
 * reading views, the import/export REST API and the demo seed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {"negotiation", "notation", "delegations", "api"})
package org.draftroom.documents;
