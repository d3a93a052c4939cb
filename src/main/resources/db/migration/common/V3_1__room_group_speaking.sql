-- room: who may speak on behalf of a group in one document, when it differs from the committee's setting
-- (draftroom.room.group-speaking). coordinators: "GROUP=ST ST;GROUP=ST", member states by group.
create table room_group_speaking (
    document_id  varchar(64)   not null primary key,
    rule         varchar(16)   not null,
    coordinators varchar(4000) not null
);
