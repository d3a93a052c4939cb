-- audit: the chain head as one row. Appending locks it (select ... for update) until the appending
-- transaction commits, so appends are serialised by the database, not by one JVM, and a document change's
-- entry is written in the change's own transaction.
create table audit_chain_head (
    id   int      primary key,
    seq  bigint   not null,
    hash char(64) not null,
    constraint audit_chain_head_single_row check (id = 1)
);
insert into audit_chain_head (id, seq, hash) values (1,
    (select coalesce(max(seq), 0) from audit_entry),
    coalesce((select hash from audit_entry order by seq desc limit 1), repeat('0', 64)));

-- the document revision an entry records and the fingerprint of its stored state (see RevisionFingerprint);
-- covered by the entry's hash when present
alter table audit_entry add column document_id varchar(40);
alter table audit_entry add column revision bigint;
alter table audit_entry add column state_hash char(64);
create index audit_entry_revision_idx on audit_entry (document_id, revision);
-- older entries named the revision in their subject only: they still count as its entry (without covering
-- its content); their hash stays as written, since it never covered these columns
update audit_entry
set document_id = regexp_replace(subject, '^document (\S+) revision (\d+).*$', '$1'),
    revision = cast(regexp_replace(subject, '^document (\S+) revision (\d+).*$', '$2') as bigint)
where regexp_like(subject, '^document \S+ revision \d+');

-- HMAC-SHA256 of the entry's hash under a key kept outside the database (draftroom.audit.hmac-key): a chain
-- rewritten and rehashed by someone without the key fails here at its first changed entry
alter table audit_entry add column mac char(64);
