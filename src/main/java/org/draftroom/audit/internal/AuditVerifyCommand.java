package org.draftroom.audit.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;

/**
 * {@code java -jar draftroom.jar --draftroom.audit.verify-and-exit=true}: checks the chain, prints the
 * result and exits with 0 (intact) or 1 (broken), for operators and cron jobs.
 */
@Component
@ConditionalOnProperty("draftroom.audit.verify-and-exit")
class AuditVerifyCommand implements ApplicationRunner {
    private final AuditTrail trail;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditTrail trail, ApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // whoever can start the server from its files may check its records: the run acts as an administrator
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "audit-verify-command", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        ChainVerification result = trail.verify();
        System.out.println(result.describe());
        int code = SpringApplication.exit(context, () -> result.intact() ? 0 : 1);
        System.exit(code);
    }
}
