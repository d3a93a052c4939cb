package org.draftroom.exports.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.testkit.SampleTor;

class RenditionBuilderTest {
    private final Names names = Names.of(org.draftroom.delegations.DelegationRegistry.standard());

    private static String text(Rendition rendition) {
        StringBuilder out = new StringBuilder();
        for (Node node : rendition.parts().getFirst().body()) out.append(nodeText(node)).append('\n');
        return out.toString();
    }

    static String nodeText(Node node) {
        return switch (node) {
            case Node.Heading h -> h.label() + " " + Run.text(h.runs());
            case Node.Para p -> p.label() + Run.text(p.runs());
            case Node.Alternative a -> "[" + a.caption() + "\n" + String.join("\n",
                    a.body().stream().map(RenditionBuilderTest::nodeText).toList()) + "\n" + Run.text(a.trailer()) + "]";
            case Node.Table t -> "table";
        };
    }

    @Test
    void house_notation_names_proposers_and_positions() {
        String text = text(RenditionBuilder.rendition(SampleTor.document(), names, Mode.BRACKETS));
        assertThat(text).contains("A. 背景[和宗旨——巴基斯坦：删除；阿拉伯联合酋长国不同意]");
        assertThat(text).contains("[每个][俄罗斯联邦——替换为“网络”]");
        assertThat(text).contains("[推广包括那些[最近可用的——尼日利亚]属于公有领域的技术——瑞士]");
        assertThat(text).contains("俄罗斯联邦：第 5 段假定");
        assertThat(text).contains("主席的替代案文，代替第 3段");
        assertThat(text).contains("[巴基斯坦、伊朗伊斯兰共和国不同意]");
        assertThat(text).contains("阿尔及利亚代表非洲集团支持");
        assertThat(text).contains("2.评价产权组织驻外办事处将根据产权组织成员国的决定进行1，特别指出以下几点： PBC同意");
    }

    @Test
    void tracked_mode_turns_proposals_into_insertions_and_deletions_by_their_proposer() {
        Rendition rendition = RenditionBuilder.rendition(SampleTor.document(), names, Mode.TRACKED);
        Node.Heading heading = (Node.Heading) rendition.parts().getFirst().body().get(1);
        Run.Change deletion = (Run.Change) heading.runs().get(1);
        assertThat(deletion.type()).isEqualTo(Run.Type.DELETE);
        assertThat(deletion.author().name()).isEqualTo("巴基斯坦");
        assertThat(Run.text(deletion.runs())).isEqualTo("和宗旨");
        assertThat(heading.runs().get(2)).isInstanceOf(Run.Opinion.class);
    }

    @Test
    void clean_agreed_keeps_only_agreed_text_and_the_base_wording() {
        String text = text(RenditionBuilder.rendition(SampleTor.document(), names, Mode.CLEAN_AGREED));
        assertThat(text).doesNotContain("在 2021 年 9 月举行").doesNotContain("巴基斯坦").doesNotContain("[")
                .contains("A. 背景和宗旨").contains("评价将审查每个驻外办事处的绩效，。")
                .doesNotContain("主席");
    }

    @Test
    void clean_open_brackets_open_passages_without_names() {
        String text = text(RenditionBuilder.rendition(SampleTor.document(), names, Mode.CLEAN_OPEN));
        assertThat(text).contains("1.[在 2021 年").contains("A. 背景[和宗旨]").contains("[每个][网络]")
                .contains("[推广包括那些[最近可用的]属于公有领域的技术]")
                .doesNotContain("俄罗斯").doesNotContain("巴基斯坦");
    }

    @Test
    void header_block_is_worded_in_the_document_language() {
        Rendition.HeaderBlock h = RenditionBuilder.rendition(SampleTor.document(), names, Mode.CLEAN_OPEN)
                .parts().getFirst().header();
        assertThat(List.of(h.originalLanguage(), h.date(), h.preparedBy()))
                .containsExactly("原文：英文", "日期：2021年12月23日", "秘书处编拟");
        assertThat(Labels.of("zh").annexFollows("附件二")).isEqualTo("[后接附件二]");
        assertThat(Labels.of("zh").end("附件二")).isEqualTo("[附件二和文件完]");
        assertThat(Labels.of("en").end("Annex II")).isEqualTo("[End of Annex II and of document]");
    }

    @Test
    void option_labels_stay_before_their_proposal_in_the_marked_texts() {
        var doc = new org.draftroom.notation.NotationImporter(org.draftroom.delegations.DelegationRegistry.standard())
                .importText("""
                        Draft decision
                        1. The Committee adopts Option 1: [an external evaluation – CA] or Option 2: [an internal evaluation – IN].
                        """, new org.draftroom.notation.ImportOptions("en", "X/1", null)).document();
        assertThat(text(RenditionBuilder.rendition(doc, names, Mode.BRACKETS)))
                .contains("Option 1: [an external evaluation — Canada]").contains("Option 2: [an internal evaluation — India]");
        assertThat(text(RenditionBuilder.rendition(doc, names, Mode.TRACKED)))
                .contains("Option 1: an external evaluation").contains("Option 2: an internal evaluation");
    }
}
