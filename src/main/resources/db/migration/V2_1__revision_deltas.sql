-- documents: a revision stores either a full snapshot or the edit from the revision before it (a delta), so
-- history grows with the change, not with the document (see RevisionHistory). Existing snapshots are turned
-- into deltas by the Java migration V2_2.
alter table document_revision alter column snapshot set null;
alter table document_revision add column delta blob;
