package org.draftroom.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Walk;
import org.draftroom.security.Role;
import org.draftroom.testkit.SignIn;

@DraftroomIT
class DocumentViewsIT {
    @Autowired
    ApplicationContext context;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void signInAsPakistanInChinese() {
        KaribuUi.signIn(context, "pakistan", Role.DELEGATE);
        VaadinSession.getCurrent().setLocale(Locale.CHINESE);
        UI.getCurrent().setLocale(Locale.CHINESE);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void the_home_page_lists_the_documents_with_chinese_headers() {
        String id = createAsSecretariat("TEST/UI/LIST/1");

        // the home page was built in English when the UI started: leave it and come back in Chinese
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", id));
        UI.getCurrent().navigate("");

        @SuppressWarnings("unchecked")
        Grid<DocumentSummary> grid = _get(Grid.class);
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText))
                .containsExactly("文号", "标题", "语言", "会议");
        List<DocumentSummary> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.symbol()).isEqualTo("TEST/UI/LIST/1");
        });
    }

    @Test
    void the_reading_view_shows_numbered_paragraphs_items_footnotes_and_proposals_in_chinese() {
        String id = createAsSecretariat("TEST/UI/READ/1");

        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", id));

        List<ParagraphPanel> paragraphs = _find(ParagraphPanel.class);
        assertThat(paragraphs).hasSize(3);
        assertThat(ShownText.of(paragraphs.getFirst()))
                .isEqualTo("1.评价产权组织驻外办事处将根据产权组织成员国的决定进行。");
        assertThat(ShownText.of(paragraphs.get(1))).startsWith("2.大会进一步决定1：")
                .contains("•考虑开设至多四个新的驻外办事处。");
        String header = ShownText.of(_get(DocumentHeaderPanel.class));
        assertThat(header).contains("TEST/UI/READ/1", "原文：英文", "计划和预算委员会", "职权范围初稿");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("document-versions-link")).getHref())
                .isEqualTo("versions/" + id);
        SectionOutline outline = _get(SectionOutline.class);
        assertThat(ShownText.of(outline)).contains("目录", "A. 背景", "B. 对象");
        String section = ShownText.of(_find(SectionPanel.class).getFirst());
        assertThat(section).contains("[和宗旨——巴基斯坦：删除；阿拉伯联合酋长国：不同意]", "A/59/13 Add.4");
    }

    @Test
    void the_seed_terms_of_reference_read_in_chinese_with_every_paragraph_numbered() {
        DocumentSummary seed = documents.list().stream().filter(d -> d.symbol().equals("WO/PBC/34/15")).findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", "x"));
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<DocumentSummary> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems()).contains(seed);

        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", seed.id()));

        NegotiationDocument stored = documents.load(seed.id());
        List<ParagraphPanel> paragraphs = _find(ParagraphPanel.class);
        assertThat(paragraphs).hasSize((int) Walk.blocks(stored).stream().filter(b -> b instanceof Paragraph).count());
        String text = ShownText.of(_get(DocumentView.class));
        assertThat(text).contains("WO/PBC/34/15", "2021年评价产权组织驻外办事处的职权范围初稿", "目录",
                "评价产权组织驻外办事处将根据产权组织成员国的决定进行", "巴基斯坦", "删除");
        assertThat(paragraphs).anySatisfy(p -> assertThat(ShownText.of(p)).startsWith("2.评价"));
        assertThat(_find(SectionPanel.class)).hasSize(stored.sections().size());
    }

    @Test
    void the_reading_view_stylesheet_is_served_to_the_browser() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/styles/documents.css")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".paragraph-number");
    }

    @Test
    void an_unknown_document_says_so() {
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", "nosuchdocument"));
        assertThat(ShownText.of(_get(DocumentView.class))).contains("没有文件 nosuchdocument");
    }

    private String createAsSecretariat(String symbol) {
        return SignIn.as("secretariat", () -> documents.create(TestDocuments.small(symbol), "PBC/34"));
    }
}
