package org.draftroom;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose H2 database has closed itself (a full disk makes H2 close
 * the file): H2 answers such connections with its own codes, which the pool does not know as fatal, so without
 * this it would hand out the dead connections forever and the app would not recover when space returns. A new
 * connection opens the file again. Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class DeadConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && DatabaseDown.H2_CLOSED.contains(sql.getErrorCode())) return Override.MUST_EVICT;
            if (DatabaseDown.storageEngineFailed(t)) return Override.MUST_EVICT;
        }
        return Override.CONTINUE_EVICT;
    }
}
