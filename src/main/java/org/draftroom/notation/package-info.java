/**
 * Reading and writing negotiation texts: the bracket-notation importer (plain text and DOCX, Chinese house
 * notation and English conventions), the renderers (marked-up compilation, clean texts, HTML) and the JSON
 * form of the model used for persistence and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notation",
        allowedDependencies = {"negotiation", "delegations"})
package org.draftroom.notation;
