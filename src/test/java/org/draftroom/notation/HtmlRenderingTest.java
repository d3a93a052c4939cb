package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.junit.jupiter.api.Test;

class HtmlRenderingTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    final Renderer renderer = new Renderer(REGISTRY);

    @Test
    void proposals_carry_colours_marks_positions_and_anchors() {
        NegotiationDocument doc = new NotationImporter(REGISTRY).importText(
                "1. 评价[“和宗旨”——巴基斯坦：删除；阿联酋不同意]应当[俄罗斯——增加“全面”]进行。", null).document();
        String html = renderer.html(doc, HtmlOptions.fragment());
        assertThat(html).contains("data-paragraph-id=\"" + doc.preamble().getFirst().id() + "\"",
                "data-proposal-id=\"", "<del>和宗旨</del>", "<ins>全面</ins>", "dr-stance-oppose",
                "--dr-c:" + REGISTRY.colour("PK"), "--dr-c:" + REGISTRY.colour("RU"), "巴基斯坦", "阿联酋");
        assertThat(renderer.html(doc, HtmlOptions.page())).startsWith("<!DOCTYPE html>").contains("<style>");
    }

    @Test
    void hostile_input_is_escaped_everywhere() {
        String hostile = "WO/X/1\n原文：英文\n\n1. <script>alert(1)</script>[\"><img src=x onerror=alert(2)>——美国]"
                + "[美国——“<b onmouseover='x'>”]\n俄罗斯联邦：</p><iframe>";
        NegotiationDocument doc = new NotationImporter(REGISTRY).importText(hostile, null).document();
        String html = renderer.html(doc, HtmlOptions.page());
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<b ", "onerror=alert(2)>")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&lt;/p&gt;&lt;iframe&gt;");
    }

    @Test
    void names_labels_and_position_texts_are_isolated_so_override_characters_cannot_flip_what_follows() {
        NegotiationDocument doc = new NotationImporter(REGISTRY).importText(
                "1. 评价[“和宗旨”——巴基斯坦：删除；阿联酋不同意]应当进行。", null).document();
        String html = renderer.html(doc, HtmlOptions.fragment());
        assertThat(html).contains("<span class=\"dr-by\" dir=\"auto\" data-delegation=\"PK\"",
                "<span class=\"dr-by\" dir=\"auto\" data-delegation=\"AE\"");
        assertThat(html.replaceAll("<span class=\"dr-by\" dir=\"auto\"", "")).doesNotContain("<span class=\"dr-by\"");
    }
}
