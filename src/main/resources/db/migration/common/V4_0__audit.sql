-- audit: append-only hash-chained trail (see AuditTrail)
create table audit_entry (
    seq           bigint        primary key,
    at            timestamp(3) with time zone not null,
    actor         varchar(64)   not null,
    action        varchar(64)   not null,
    subject       varchar(400)  not null,
    detail        varchar(4000) not null,
    previous_hash char(64)      not null,
    hash          char(64)      not null unique
);
