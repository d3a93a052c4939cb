package org.draftroom.audit.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained audit trail")
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** Who may verify is the service's rule (admins and the secretariat, as in the audit view). */
    @GetMapping(value = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the hash chain of the audit trail",
            description = "Recomputes every entry's hash from the first and reports whether the chain is intact, or "
                    + "the first broken link. Administrators and the secretariat.")
    @ApiResponse(responseCode = "200", description = "the verdict (intact or the first broken link)")
    @ApiResponse(responseCode = "403", description = "only administrators and the secretariat verify the trail")
    ChainVerification verify() {
        return trail.verify();
    }
}
