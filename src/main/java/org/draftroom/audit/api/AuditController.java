package org.draftroom.audit.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** Who may verify is the service's rule (admins and the secretariat, as in the audit view). */
    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain of the audit trail and report the first broken link")
    ChainVerification verify() {
        return trail.verify();
    }
}
