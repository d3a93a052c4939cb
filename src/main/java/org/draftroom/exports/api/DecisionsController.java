package org.draftroom.exports.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.exports.Bundle;
import org.draftroom.exports.DecisionList;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportedFile;
import org.draftroom.exports.internal.seed.DemoBundles;

/** Lists of decisions and bundles such as A/64/7. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Decisions", description = "Lists of decisions of sessions; bundles with their annexes")
class DecisionsController {
    private final DecisionService decisions;
    private final DemoBundles demo;
    private final ExportService exports;

    DecisionsController(DecisionService decisions, DemoBundles demo, ExportService exports) {
        this.decisions = decisions;
        this.demo = demo;
        this.exports = exports;
    }

    @GetMapping(value = "/decision-lists", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every imported list of decisions, parsed (agenda items, documents, points)")
    List<DecisionList> lists() {
        return decisions.lists();
    }

    @PostMapping(value = "/decision-lists", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Import a list of decisions in the secretariat's layout (secretariat)")
    DecisionList importList(@RequestBody String text, @RequestParam(required = false) String session) {
        return decisions.importList(text, session);
    }

    @PostMapping(value = "/bundles")
    @Operation(summary = "A bundle (cover note + lists of decisions + their annexes) as one file",
            description = "format=docx|pdf|akn")
    ResponseEntity<byte[]> bundle(@RequestBody Bundle bundle, @RequestParam(defaultValue = "pdf") String format) {
        return file(decisions.bundle(bundle, ExportFormat.parse(format)));
    }

    @GetMapping(value = "/bundles/{name}")
    @Operation(summary = "The demo's A/64/7 (name a64-7) as one file", description = "format=docx|pdf|akn")
    ResponseEntity<byte[]> demoBundle(@PathVariable String name, @RequestParam(defaultValue = "pdf") String format) {
        if (!name.equals("a64-7")) throw new DocumentNotFoundException("no bundle " + name);
        Bundle bundle = demo.a64_7().orElseThrow(() -> new DocumentNotFoundException("WO/PBC/34/15 is not loaded"));
        return file(decisions.bundle(bundle, ExportFormat.parse(format)));
    }

    @GetMapping(value = "/revised/budget-2024-25")
    @Operation(summary = "The demo's budget page in revised format (changed figures struck/underlined, "
            + "delegations' proposals inline, nested)", description = "format=docx|pdf|akn|html")
    ResponseEntity<byte[]> budget(@RequestParam(defaultValue = "pdf") String format) {
        return file(exports.demoBudgetPage(ExportFormat.parse(format)));
    }

    static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
