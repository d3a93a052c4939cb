-- room: which proposals a chair's text drew on (lineage), as they read when the chair took them in
create table room_chair_lineage (
    document_id        varchar(64)   not null,
    chair_proposal_id  varchar(64)   not null,
    source_proposal_id varchar(64)   not null,
    summary            varchar(2000) not null,
    primary key (document_id, chair_proposal_id, source_proposal_id)
);
