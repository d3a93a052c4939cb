-- api: Idempotency-Key of REST writes (ADR 0013). A key is reserved (pending) in a transaction of its own before
-- the request runs; the change's own transaction writes document_id and revision into the row, so after a crash
-- it is known whether the change committed; the answer is kept once produced (done), or only the fact that the
-- change is stored when the answer cannot be kept (stored). Failed requests delete their row.
create table idempotency_key (
    username     varchar(64)  not null,
    idem_key     varchar(128) not null,
    -- SHA-256 (hex) over method, path with query, and body: the same key with another request is refused
    fingerprint  char(64)     not null,
    state        varchar(8)   not null,
    -- the process that reserved the key: pending rows of another boot id belong to a process that died
    boot_id      char(36)     not null,
    created_at   timestamp with time zone not null,
    -- written by the change's own transaction (documents' write path)
    document_id  varchar(40),
    revision     bigint,
    -- the answer to replay (state done): status, kept headers ("Name: value" lines) and body
    status       int,
    headers      clob,
    body         blob,
    primary key (username, idem_key),
    constraint idempotency_key_state check (state in ('pending', 'done', 'stored')),
    constraint idempotency_key_answer check (state <> 'done' or status is not null),
    constraint idempotency_key_stored check (state <> 'stored' or revision is not null)
);
-- expired keys (24 h) are deleted by age
create index idempotency_key_created_idx on idempotency_key (created_at);
