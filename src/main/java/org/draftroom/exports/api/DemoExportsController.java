package org.draftroom.exports.api;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.exports.Bundle;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.internal.seed.DemoBundles;

/** Outputs built from the demo's seed texts: only where the seed is, the demo profile (not in the API otherwise). */
@RestController
@Profile("demo")
@RequestMapping("/api/v1")
@Tag(name = "Demo", description = "Outputs of the demo's seed texts (demo profile only)")
class DemoExportsController {
    private final DecisionService decisions;
    private final DemoBundles demo;
    private final ExportService exports;

    DemoExportsController(DecisionService decisions, DemoBundles demo, ExportService exports) {
        this.decisions = decisions;
        this.demo = demo;
        this.exports = exports;
    }

    @GetMapping(value = "/bundles/{name}", produces = {MediaType.APPLICATION_PDF_VALUE, DecisionsController.DOCX,
            DecisionsController.AKN})
    @Operation(summary = "The demo's A/64/7 bundle as one file",
            description = "The cover note of A/64/7 with the seed's lists of decisions and annexes; the only name is "
                    + "a64-7. Any signed-in user.")
    ResponseEntity<byte[]> demoBundle(@Parameter(description = "a64-7") @PathVariable String name,
                                      @Parameter(schema = @Schema(allowableValues = {"pdf", "docx", "akn"}))
                                      @RequestParam(defaultValue = "pdf") String format) {
        if (!name.equals("a64-7")) throw new DocumentNotFoundException("no bundle " + name);
        Bundle bundle = demo.a64_7().orElseThrow(() -> new DocumentNotFoundException("WO/PBC/34/15 is not loaded"));
        return DecisionsController.file(decisions.bundle(bundle, ExportFormat.parse(format)));
    }

    @GetMapping(value = "/revised/budget-2024-25", produces = {MediaType.APPLICATION_PDF_VALUE,
            DecisionsController.DOCX, DecisionsController.AKN, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "The demo's budget page in revised format",
            description = "The revised 2024/25 budget page: changed figures struck and underlined, the delegations' "
                    + "proposals inline and nested. Any signed-in user.")
    ResponseEntity<byte[]> budget(@Parameter(schema = @Schema(allowableValues = {"pdf", "docx", "akn", "html"}))
                                  @RequestParam(defaultValue = "pdf") String format) {
        return DecisionsController.file(exports.demoBudgetPage(ExportFormat.parse(format)));
    }
}
