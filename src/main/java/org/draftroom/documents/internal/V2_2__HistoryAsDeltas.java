package org.draftroom.documents.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import org.draftroom.notation.ModelJson;

/**
 * Turns the full snapshots stored before V2_1 into deltas with the policy new revisions follow (a snapshot on
 * the first revision, then every {@link RevisionHistory#SNAPSHOT_EVERY} revisions or when the deltas outweigh
 * the text). Each document's texts are read back and compared before its rows are rewritten. A Spring bean, so
 * that Boot hands it to Flyway.
 */
@Component
class V2_2__HistoryAsDeltas extends BaseJavaMigration {
    private final BodyCodec codec = new BodyCodec(new ModelJson());

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> documents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct document_id from document_revision");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) documents.add(rs.getString(1));
        }
        for (String document : documents) migrate(c, document);
    }

    private void migrate(Connection c, String document) throws Exception {
        List<Long> revisions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select revision from document_revision where document_id = ? order by revision")) {
            ps.setString(1, document);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) revisions.add(rs.getLong(1));
            }
        }
        String previous = null;
        long sinceSnapshot = 0;
        long deltaBytes = 0;
        for (long revision : revisions) {
            String body = codec.gunzip(snapshot(c, document, revision));
            if (previous != null) {
                String delta = BodyDelta.between(previous, body);
                if (!BodyDelta.apply(previous, delta).equals(body)) {
                    throw new IllegalStateException("delta of revision " + revision + " of " + document + " does not rebuild it");
                }
                byte[] gz = codec.gzip(delta);
                boolean due = sinceSnapshot + 1 >= RevisionHistory.SNAPSHOT_EVERY
                        || deltaBytes + gz.length > Math.max(64 * 1024, body.length() / 2);
                if (due) {
                    sinceSnapshot = 0;
                    deltaBytes = 0;
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "update document_revision set snapshot = null, delta = ? where document_id = ? and revision = ?")) {
                        ps.setBytes(1, gz);
                        ps.setString(2, document);
                        ps.setLong(3, revision);
                        ps.executeUpdate();
                    }
                    sinceSnapshot++;
                    deltaBytes += gz.length;
                }
            }
            previous = body;
        }
    }

    private static byte[] snapshot(Connection c, String document, long revision) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "select snapshot from document_revision where document_id = ? and revision = ?")) {
            ps.setString(1, document);
            ps.setLong(2, revision);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }
}
