package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportRequest;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportVariant;
import org.draftroom.exports.ExportedFiles;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.HtmlOptions;
import org.draftroom.notation.Renderer;
import org.draftroom.room.Acting;
import org.draftroom.room.LineageLink;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.SeedTexts;

/**
 * Every text a user is given after a day's room actions on the seed's terms of reference (a move, a chair's text, a
 * rewrite, positions, an agreement, a chair's suggestion to move) names sections and paragraphs in the reader's
 * words: no block, section, proposal or position id of the document, and no Java record text.
 */
@DraftroomIT
class NoIdsReachUsersIT {
    /** Java's record and map text: "FootnoteRef[footnoteId=fn1]", "Record[", "{a=b}". */
    private static final Pattern JAVA_TEXT = Pattern.compile("[A-Za-z]+\\[[A-Za-z]+=|Record\\[|Ref\\[|\\b[a-z][A-Za-z]*=[\\w\\[{]");

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;
    @Autowired
    Renderer renderer;
    @Autowired
    ExportService exports;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    /** The seed with the afternoon's actions; answers the document id and the ids the actions made. */
    private List<String> afternoon() {
        String doc = as("secretariat", () -> documents.create(SeedTexts.tor3415(), "PBC/34"));
        List<String> made = new ArrayList<>(List.of(doc));
        // Iran: move ¶13 (p293, section E) to section D; the chair suggests moving ¶14 there too
        made.addAll(as("iran", () -> room.proposeAboutParagraph(doc, "p293", ProposalKind.MOVE, "D", Acting.self())).ids());
        made.addAll(as("chair", () -> room.chairSuggestion(doc, "p304", null, "D")).ids());
        // Pakistan rewrites ¶5 (p16); the United States oppose it; the chair's text for ¶4–5 draws on it
        String rewrite = as("pakistan", () -> room.proposeRewrite(doc, "p16",
                "基于上述内容，评价旨在审查产权组织驻外办事处网络的绩效。", Acting.self())).ids().getFirst();
        made.add(rewrite);
        made.addAll(as("usa", () -> room.statePosition(doc, rewrite, Position.Stance.OPPOSE, "需要进一步讨论", Acting.self())).ids());
        made.addAll(as("chair", () -> room.postChairText(doc, List.of("p9", "p16"),
                List.of("注意到计划和预算委员会未能讨论职权范围。", "评价旨在审查驻外办事处网络。"), Set.of(rewrite))).ids());
        // Russia words ¶21 (p463) anew in suggestion mode; the secretariat agrees the first of its proposals
        String russian = as("russia", () -> room.proposeWording(doc, "p463",
                room.wording(doc, "p463").text().replace("显然", "因此显然"), null, Acting.self())).ids().getFirst();
        made.add(russian);
        made.addAll(as("secretariat", () -> room.agree(doc, russian)).ids());
        made.addAll(as("secretariat", () -> room.agree(doc, "p417")).ids());
        return made;
    }

    @Test
    void no_id_and_no_java_text_in_any_output_history_lineage_or_screen_of_the_room() throws Exception {
        List<String> made = afternoon();
        String doc = made.getFirst();
        NegotiationDocument model = as("secretariat", () -> documents.load(doc));
        Map<String, String> texts = new LinkedHashMap<>();

        // the outputs in the document's language (Chinese) and, from a copy in English, in English
        NegotiationDocument english = new NegotiationDocument(model.id(), inEnglish(model.header()), model.preamble(), model.sections());
        String englishDoc = as("secretariat", () -> documents.create(english, null));
        for (var d : Map.of("zh", model, "en", english).entrySet()) {
            texts.put("marked " + d.getKey(), renderer.marked(d.getValue()));
            texts.put("clean agreed " + d.getKey(), renderer.cleanAgreed(d.getValue()));
            texts.put("clean open " + d.getKey(), renderer.cleanOpen(d.getValue()));
            texts.put("html " + d.getKey(), Jsoup.parse(renderer.html(d.getValue(), HtmlOptions.page())).body().wholeText());
        }
        for (String id : List.of(doc, englishDoc)) {
            for (ExportVariant variant : ExportVariant.values()) {
                for (boolean tracked : variant == ExportVariant.MARKED ? List.of(false, true) : List.of(false)) {
                    String name = variant + (tracked ? " tracked " : " ") + (id.equals(doc) ? "zh" : "en");
                    texts.put("docx " + name, docxText(export(id, ExportFormat.DOCX, variant, tracked)));
                    texts.put("pdf " + name, ExportedFiles.pdfText(export(id, ExportFormat.PDF, variant, tracked)));
                    texts.put("akn " + name, ExportedFiles.text(ExportedFiles.xml(new String(
                            export(id, ExportFormat.AKN, variant, tracked), java.nio.charset.StandardCharsets.UTF_8))));
                }
            }
        }
        for (HistoryEntry h : as("secretariat", () -> documents.history(doc, null))) {
            texts.put("history " + h.revision(), h.action() + " " + h.summary());
        }
        for (LineageLink l : as("secretariat", () -> room.lineage(doc))) texts.put("lineage " + l.sourceProposalId(), l.summary());
        texts.putAll(screens(doc, model));

        Set<String> ids = ids(model, made);
        assertThat(ids).contains("p293", "s131", "p16").hasSizeGreaterThan(200);
        Pattern anyId = Pattern.compile("(?<![A-Za-z0-9_-])(" + String.join("|", ids.stream().map(Pattern::quote).toList())
                + ")(?![A-Za-z0-9_-])");
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> {
            for (Pattern p : List.of(anyId, JAVA_TEXT)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(where + ": “" + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30))
                            .replace('\n', ' ') + "”");
                }
            }
        });
        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(found).as("ids or Java text shown to users").isEmpty();
        assertThat(texts.get("marked zh")).contains("移至D节").contains("主席的建议");
        assertThat(texts.get("marked en")).contains("section D");
        assertThat(texts.get("docx MARKED zh")).contains("伊朗伊斯兰共和国：建议移至 D节");
        assertThat(texts.get("pdf MARKED en")).contains("Iran (Islamic Republic of): proposes to move to section D");
        assertThat(texts.get("html en")).contains("→ section D");
    }

    /** The room's screens as a delegate and the secretariat see them: text, inspector, propose dialog, dashboard. */
    private Map<String, String> screens(String doc, NegotiationDocument model) {
        Map<String, String> out = new LinkedHashMap<>();
        KaribuUi.signIn(context, "pakistan", Role.DELEGATE);
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", doc));
        RoomDesk desk = RoomDesk.of(_get(DocumentView.class)).orElseThrow();
        out.put("reading view", ShownText.of(_get(DocumentView.class)));
        for (Proposal p : Walk.proposals(model)) {
            desk.selectProposal(p.id());
            out.put("inspector " + p.id(), ShownText.of(_get(RoomPanel.class)));
        }
        desk.selectBlock("p5"); // the paragraph with a footnote and proposals: markers ⟦n⟧ with their legend
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        out.put("propose dialog", ShownText.of(_get(ProposeDialog.class)));
        _get(ProposeDialog.class).close();
        KaribuUi.tearDown();

        KaribuUi.signIn(context, "secretariat", Role.SECRETARIAT);
        UI.getCurrent().navigate(DashboardView.class, new RouteParameters("id", doc));
        DashboardView dashboard = _get(DashboardView.class);
        StringBuilder grids = new StringBuilder(ShownText.of(dashboard));
        for (Grid<?> grid : List.of(dashboard.sections, dashboard.holders, dashboard.matrix.grid)) grids.append(rows(grid));
        out.put("dashboard", grids.toString());
        return out;
    }

    /** A grid's cells as shown: a component cell by its text (Karibu's formatted row gives its toString). */
    @SuppressWarnings("unchecked")
    private static <T> String rows(Grid<T> grid) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < GridKt._size(grid); i++) {
            T row = GridKt._get(grid, i);
            for (Grid.Column<T> column : grid.getColumns()) {
                out.append(column.getRenderer() instanceof ComponentRenderer<?, ?> r
                        ? ShownText.of(((ComponentRenderer<?, T>) r).createComponent(row))
                        : GridKt._getFormatted(column, row)).append(" | ");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every id in the document and every id the actions answered with. */
    private static Set<String> ids(NegotiationDocument doc, List<String> made) {
        Set<String> ids = new LinkedHashSet<>(made);
        for (Section s : doc.sections()) ids.add(s.id());
        for (Block b : Walk.blocks(doc)) ids.add(b.id());
        for (Proposal p : Walk.proposals(doc)) {
            ids.add(p.id());
            ids.addAll(p.targetIds());
            for (Position pos : p.positions()) ids.add(pos.id());
        }
        ids.remove(null);
        return ids;
    }

    private byte[] export(String id, ExportFormat format, ExportVariant variant, boolean tracked) {
        return as("secretariat", () -> exports.export(ExportRequest.of(id, format, variant, tracked))).content();
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }

    private static DocumentHeader inEnglish(DocumentHeader h) {
        return new DocumentHeader(h.symbol(), h.title(), "en", h.originalLanguage(), h.date(), h.committee(), h.session(),
                h.sessionDetail(), h.preparedBy(), h.annexLabel());
    }
}
