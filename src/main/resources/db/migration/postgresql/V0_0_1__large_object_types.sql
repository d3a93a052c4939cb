-- PostgreSQL only (ADR 0014): the shared migrations declare texts and bytes of unbounded length as the SQL
-- standard's clob and blob, which H2 has and PostgreSQL lacks; these domains give them PostgreSQL's unbounded
-- types, so one file per table serves both databases. Read and written as strings and byte arrays (getString,
-- getBytes), never as java.sql.Clob/Blob (PostgreSQL's Blob means its large-object store, not bytea).
create domain clob as text;
create domain blob as bytea;
