/**
 * The document list and reading views. The reading view's parts ({@link org.draftroom.documents.ui.DocumentView},
 * {@link org.draftroom.documents.ui.ParagraphPanel}, …) are published as the {@code ui} named interface so the
 * room module can build its editing views on them (allowed dependency {@code "documents :: ui"}).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.draftroom.documents.ui;
