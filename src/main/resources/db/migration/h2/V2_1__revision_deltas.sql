-- documents: a revision stores either a full snapshot or the edit from the revision before it (a delta), so
-- history grows with the change, not with the document (see RevisionHistory). Existing snapshots are turned
-- into deltas by the Java migration V2_2.
alter table document_revision alter column snapshot set null;
alter table document_revision add column delta blob;
-- the row's body is the text at body_revision (rewritten with each snapshot only); the current text is that
-- body with the deltas after it applied
alter table document add column body_revision bigint;
update document set body_revision = revision;
alter table document alter column body_revision set not null;
