/**
 * The room: where delegations propose wording and state positions, the chair writes alternative texts and the
 * secretariat records what is said and marks text agreed, live for everyone with the document open.
 * {@link org.draftroom.room.RoomService} turns each intention into a change of the negotiation model applied
 * through the documents module, and enforces who may do what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Room",
        allowedDependencies = {"negotiation", "documents", "documents :: ui", "notation", "delegations", "security", "audit", "api", "exports"})
package org.draftroom.room;
