package org.draftroom.exports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.exports.internal.akn.AknWriter;
import org.draftroom.exports.internal.compare.Comparator;
import org.draftroom.exports.internal.docx.ChangeDates;
import org.draftroom.exports.internal.docx.DocxWriter;
import org.draftroom.exports.internal.docx.ReviewFacts;
import org.draftroom.exports.internal.pdf.XhtmlWriter;
import org.draftroom.exports.internal.pdf.PdfWriter;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.revised.BudgetPage;
import org.draftroom.exports.internal.revised.RevisedFormat;
import org.draftroom.negotiation.NegotiationDocument;

/** Every export goes through here: the text (or comparison) becomes one rendition, written in the format asked. */
@Service
public class ExportService {
    private final VersionService versions;
    private final Names names;
    private final PdfWriter pdf = new PdfWriter();

    private final ChangeDates changeDates;

    ExportService(VersionService versions, DelegationRegistry registry, ChangeDates changeDates) {
        this.changeDates = changeDates;
        this.versions = versions;
        this.names = Names.of(registry);
    }

    @PreAuthorize("isAuthenticated()")
    public ExportedFile export(ExportRequest request) {
        NegotiationDocument doc = versions.resolve(request.documentId(), request.version());
        Rendition rendition;
        String what;
        ReviewFacts facts = ReviewFacts.undated(null);
        if (request.comparison()) {
            Comparator.Result result = compare(request.documentId(), request.from(), request.version(), doc,
                    request.blockId());
            Labels labels = Labels.of(doc.header().language());
            Rendition.Part part = result.part();
            List<Node> body = new ArrayList<>();
            // the file opens with what changed, as the comparison screen does
            body.add(new Node.Para(null, Node.Kind.NOTE, "", 0, List.of(new Run.Styled(summary(labels,
                    versions.label(request.documentId(), request.from()),
                    versions.label(request.documentId(), request.version()), result.summary()), Run.Style.STRONG))));
            body.addAll(part.body());
            rendition = new Rendition(labels.language(), doc.header().title(),
                    List.of(new Rendition.Part(part.id(), part.header(), body, part.closing())));
            what = "compare-" + safe(request.from()) + "-" + safe(request.version() == null ? "current" : request.version());
        } else {
            Mode mode = mode(request);
            Rendition text = RenditionBuilder.rendition(doc, names, mode);
            rendition = new Rendition(text.language(), text.title(), text.parts(),
                    identity(request.documentId(), request.version()));
            if (mode == Mode.TRACKED && request.format() == ExportFormat.DOCX) facts = facts(request, doc);
            what = request.variant().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + (mode == Mode.TRACKED ? "-tracked" : "");
        }
        return write(rendition, request.format(), rendition.fileStem() + "_" + what, facts);
    }

    /** When the proposals of the exported text were made: as of its revision, or as of the version's issue. */
    private ReviewFacts facts(ExportRequest request, NegotiationDocument doc) {
        String ref = request.version();
        if (ref == null || ref.isBlank() || ref.equals(VersionService.CURRENT)) {
            return changeDates.facts(request.documentId(), doc, null, null, names);
        }
        if (ref.startsWith("rev:")) {
            return changeDates.facts(request.documentId(), doc, Long.parseLong(ref.substring(4).trim()), null, names);
        }
        int number = Integer.parseInt(ref.trim());
        DocumentVersion version = versions.versions(request.documentId()).stream().filter(v -> v.number() == number)
                .findFirst().orElseThrow();
        java.time.LocalDate issued = version.issuedOn() != null ? version.issuedOn()
                : version.frozenAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return changeDates.facts(request.documentId(), doc, null, issued, names);
    }

    /** "Comparison of v1 · … with v3 · …: 2 paragraphs added, …" in the document's language. */
    static String summary(Labels labels, String from, String to, ComparisonSummary s) {
        if (labels.chinese()) {
            return "比较：" + from + " → " + to + "。" + (s.identical() ? "案文相同。" : "新增 " + s.paragraphsAdded()
                    + " 段，删除 " + s.paragraphsRemoved() + " 段，移动 " + s.paragraphsMoved() + " 段，修改 "
                    + s.paragraphsChanged() + " 段，重新编号 " + s.paragraphsRenumbered() + " 段；新提案 "
                    + s.proposalsAdded() + " 项，撤回 " + s.proposalsWithdrawn() + " 项，达成一致 " + s.proposalsAgreed() + " 项。");
        }
        return "Comparison of " + from + " with " + to + ". " + (s.identical() ? "The texts are the same." : "Paragraphs: "
                + s.paragraphsAdded() + " added, " + s.paragraphsRemoved() + " removed, " + s.paragraphsMoved() + " moved, "
                + s.paragraphsChanged() + " changed, " + s.paragraphsRenumbered() + " renumbered; proposals: "
                + s.proposalsAdded() + " new, " + s.proposalsWithdrawn() + " withdrawn, " + s.proposalsAgreed() + " agreed.");
    }

    /** A version's number and the issues up to it; the working text (or a revision) follows every issue so far. */
    private Rendition.Identity identity(String documentId, String ref) {
        Integer number = ref != null && ref.strip().matches("\\d{1,9}") ? Integer.valueOf(ref.strip()) : null;
        List<Rendition.Issue> issues = versions.versions(documentId).stream()
                .filter(v -> number == null || v.number() <= number)
                .map(v -> new Rendition.Issue(v.number(), v.symbol(), v.annexLabel(), v.issuedOn())).toList();
        return new Rendition.Identity(number, issues);
    }

    /** The rendition of a text in a format, used for the exports above and for bundles. */
    ExportedFile write(Rendition rendition, ExportFormat format, String baseName) {
        return write(rendition, format, baseName, ReviewFacts.undated(null));
    }

    private ExportedFile write(Rendition rendition, ExportFormat format, String baseName, ReviewFacts facts) {
        byte[] bytes = switch (format) {
            case DOCX -> new DocxWriter(facts).write(rendition);
            case PDF -> pdf.write(rendition);
            case AKN -> new AknWriter(names).write(rendition).getBytes(StandardCharsets.UTF_8);
            case HTML -> new XhtmlWriter(false, "sans-serif").document(rendition).getBytes(StandardCharsets.UTF_8);
        };
        return new ExportedFile(baseName + "." + format.extension(), format.contentType(), bytes);
    }

    /** A page of tables in revised format (changed figures tracked, proposals inline). */
    @PreAuthorize("isAuthenticated()")
    public ExportedFile revised(RevisedTable.Page page, ExportFormat format, String revisedBy) {
        Rendition.Part part = RevisedFormat.part(page, names, new Author("REVISION", revisedBy, List.of()));
        return write(new Rendition(page.header().language(), page.header().title(), List.of(part)), format,
                safe(page.header().symbol()) + "_revised");
    }

    /** The demo's budget page (seed: the 2024/25 programme and budget in revised format). */
    @PreAuthorize("isAuthenticated()")
    public ExportedFile demoBudgetPage(ExportFormat format) {
        return revised(BudgetPage.page(), format, "WO/PBC/35/7");
    }

    /** A comparison for the screen: summary and track-changes HTML. */
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(String documentId, String from, String to, String blockId) {
        NegotiationDocument after = versions.resolve(documentId, to);
        Comparator.Result result = compare(documentId, from, to, after, blockId);
        String html = new XhtmlWriter(false, "sans-serif").fragment(new Rendition(after.header().language(),
                after.header().title(), List.of(result.part())));
        return new Comparison(versions.label(documentId, from), versions.label(documentId, to), result.summary(), html);
    }

    /** The text as a screen preview (HTML fragment) in a variant. */
    @PreAuthorize("isAuthenticated()")
    public String preview(String documentId, String version, ExportVariant variant, boolean tracked) {
        NegotiationDocument doc = versions.resolve(documentId, version);
        Mode mode = mode(new ExportRequest(documentId, ExportFormat.HTML, variant, tracked, version, null, null));
        return new XhtmlWriter(false, "sans-serif").fragment(RenditionBuilder.rendition(doc, names, mode));
    }

    private Comparator.Result compare(String documentId, String from, String to, NegotiationDocument after,
                                      String blockId) {
        NegotiationDocument before = versions.resolve(documentId, from);
        Author author = new Author("COMPARISON", versions.label(documentId, to), List.of());
        String closing = Labels.of(after.header().language()).end(after.header().annexLabel());
        return Comparator.compare(before, after, blockId, names, author, closing);
    }

    private static Mode mode(ExportRequest request) {
        return switch (request.variant()) {
            case MARKED -> request.tracked() || request.format() == ExportFormat.AKN ? Mode.TRACKED : Mode.BRACKETS;
            case CLEAN_AGREED -> Mode.CLEAN_AGREED;
            case CLEAN_OPEN -> Mode.CLEAN_OPEN;
        };
    }

    private static String safe(String text) {
        return text == null ? "document" : text.trim().replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
