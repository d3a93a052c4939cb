package org.draftroom.exports.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.exports.Bundle;
import org.draftroom.exports.DecisionList;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportedFile;

/** Lists of decisions and bundles such as A/64/7. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Decisions", description = "Lists of decisions of sessions; bundles with their annexes")
class DecisionsController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String AKN = "application/akn+xml";
    private final DecisionService decisions;

    DecisionsController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GetMapping(value = "/decision-lists", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every imported list of decisions, parsed",
            description = "Each list with its session, agenda items, the documents they concern and the decision "
                    + "points. Any signed-in user.")
    List<DecisionList> lists() {
        return decisions.lists();
    }

    @PostMapping(value = "/decision-lists", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a list of decisions (secretariat)",
            description = "Reads a list of decisions in the secretariat's layout (agenda items, the documents they "
                    + "concern, numbered decision points) as UTF-8 text and stores it parsed.")
    @ApiResponse(responseCode = "200", description = "the list as parsed and stored")
    @ApiResponse(responseCode = "403", description = "only the secretariat imports decisions")
    DecisionList importList(@RequestBody String text,
                            @Parameter(description = "session code such as PBC/35; default: from the text")
                            @RequestParam(required = false) String session) {
        return decisions.importList(text, session);
    }

    @PostMapping(value = "/bundles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_PDF_VALUE, DOCX, AKN})
    @Operation(summary = "A bundle as one file",
            description = "A cover note, lists of decisions and their annexes (documents at a version) as one DOCX, "
                    + "PDF or Akoma Ntoso file. Any signed-in user.")
    ResponseEntity<byte[]> bundle(@RequestBody Bundle bundle,
                                  @Parameter(schema = @Schema(allowableValues = {"pdf", "docx", "akn"}))
                                  @RequestParam(defaultValue = "pdf") String format) {
        return file(decisions.bundle(bundle, ExportFormat.parse(format)));
    }

    static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
