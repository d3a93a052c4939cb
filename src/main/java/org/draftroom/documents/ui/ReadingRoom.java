package org.draftroom.documents.ui;

import org.draftroom.documents.StoredDocument;

/**
 * A module that works inside the reading view (the room module does): the view finds it as a bean, hands it
 * each new view once to fill the slots the view declares ({@link DocumentView#aside()},
 * {@link DocumentView#alternativeText()}), and from then on lets the returned desk show every document the view
 * is opened on. Without one the view shows the stored text as it is.
 */
public interface ReadingRoom {

    /** Fills a new view's slots; the desk shows (and keeps showing) the documents the view is opened on. */
    Desk furnish(DocumentView view);

    /** The room's side of one reading view. */
    interface Desk {
        /** The view was opened on this document: show it (the desk may filter it, patch it, follow changes). */
        default void open(StoredDocument stored) {
            open(stored, null);
        }

        /**
         * The view was opened on this document as it stood at a revision ({@code documents/{id}?revision=N}), read
         * only; null for the live text. The revision is one of the document's.
         */
        void open(StoredDocument stored, Long revision);

        /** Who made the change that produced the revision shown, in words for the header ("Secretariat for Canada"). */
        default String changedBy(StoredDocument shown) {
            return shown.updatedBy();
        }

        /** The view shows no document (not found): stop following the last one. */
        void leave();
    }
}
