package org.draftroom.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit module's setting: {@code draftroom.audit.verify-and-exit=true} checks the chain, prints the result
 * and exits (see {@link AuditVerifyCommand}). Bound at start, so a value that is not a boolean stops the app.
 */
@ConfigurationProperties("draftroom.audit")
public record AuditSettings(@DefaultValue("false") boolean verifyAndExit) {
}
