-- the readiness check's write probe (org.draftroom.DatabaseWritable): one row it updates and commits, because
-- H2 can reopen a database on a full disk and answer reads while every write fails
create table health_probe (
    id        int       primary key,
    probed_at timestamp not null,
    constraint health_probe_single_row check (id = 1)
);
insert into health_probe (id, probed_at) values (1, current_timestamp);
