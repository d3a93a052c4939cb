-- documents: committees, their sessions, the negotiation texts and every revision of them

create table committee (
    code    varchar(20)  primary key,
    name_en varchar(200) not null,
    name_zh varchar(200) not null
);

create table committee_session (
    code           varchar(20)  primary key,
    committee_code varchar(20)  not null references committee (code),
    number         int          not null,
    starts_on      date         not null,
    ends_on        date         not null,
    place          varchar(100),
    constraint session_dates check (ends_on >= starts_on),
    constraint session_number unique (committee_code, number)
);

-- symbols issued for a session (decision lists, annexes), whether or not the text itself is loaded
create table session_document_symbol (
    symbol       varchar(100) primary key,
    session_code varchar(20)  not null references committee_session (code),
    title        varchar(1000) not null
);

create table document (
    id                varchar(40)   primary key,
    symbol            varchar(100)  not null,
    title             varchar(1000) not null,
    language          varchar(20)   not null,
    session_code      varchar(20)   references committee_session (code),
    original_language varchar(20),
    issued_on         date,
    annex_label       varchar(200),
    -- optimistic locking: every change is "update ... where revision = ?"
    revision          bigint        not null,
    -- the current state as ModelJson
    body              clob          not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)   not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)   not null
);
create index document_symbol_idx on document (symbol);

create table document_revision (
    document_id  varchar(40)   not null references document (id),
    revision     bigint        not null,
    at           timestamp with time zone not null,
    actor        varchar(64)   not null,
    -- delegation ids the change was made for (comma-separated) and the group spoken for
    on_behalf_by varchar(400),
    on_behalf_of varchar(64),
    action       varchar(40)   not null,
    block_id     varchar(100),
    summary      varchar(2000),
    -- gzip'd ModelJson of the state after this change, so any past state can be shown
    snapshot     blob          not null,
    primary key (document_id, revision)
);
create index document_revision_block_idx on document_revision (document_id, block_id);

-- one row per seed set loaded; the primary key makes a second load impossible
create table seed_load (
    name      varchar(100) primary key,
    loaded_at timestamp with time zone not null
);
