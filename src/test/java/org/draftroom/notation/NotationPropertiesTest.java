package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the importer and the marked-up renderer.
 *
 * <p>"The same model" after rendering and importing again means: equal JSON once (1) ids are renamed in order of
 * appearance (the importer makes fresh ones), (2) notation hints are left out (they only record how the text was
 * written, and a generated model has none), (3) runs of whitespace in texts count as one space and are trimmed
 * (whitespace is layout in the notation).
 */
class NotationPropertiesTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    static final NotationImporter IMPORTER = new NotationImporter(REGISTRY);
    static final Renderer RENDERER = new Renderer(REGISTRY);
    static final ModelJson JSON = new ModelJson();
    static final List<String> ZH_WORDS = List.of("评价", "办事处", "网络", "效率", "成果", "活动", "工作", "报告", "审查", "方法");
    static final List<String> EN_WORDS = List.of("evaluation", "offices", "network", "shall", "report", "annual",
            "budget", "review", "member", "results");
    static final List<String> WHO = List.of("PK", "RU", "US", "DZ", "IN", "BR", "CN", "AFRICAN_GROUP");

    @Property(tries = 1000)
    void rendering_a_model_and_importing_it_again_gives_the_same_model(@ForAll("documents") NegotiationDocument doc) {
        String marked = RENDERER.marked(doc);
        ImportResult again = IMPORTER.importText(marked, null);
        assertThat(normal(again.document())).as(marked).isEqualTo(normal(doc));
        assertThat(again.warnings()).isEmpty();
    }

    @net.jqwik.api.Example
    void sameness_still_sees_a_change_of_who_proposed() {
        NegotiationDocument a = IMPORTER.importText("1. 评价[“网络”——巴基斯坦]工作。", null).document();
        NegotiationDocument b = IMPORTER.importText("1. 评价[“网络”——印度]工作。", null).document();
        NegotiationDocument c = IMPORTER.importText("1.   评价[“网络”——巴基斯坦]工作。 ", null).document();
        assertThat(normal(a)).isNotEqualTo(normal(b)).isEqualTo(normal(c));
    }

    @Property(tries = 1000)
    void arbitrary_text_imports_or_fails_with_a_position(@ForAll("texts") String text) {
        try {
            ImportResult result = IMPORTER.importText(text, null);
            assertThat(result.document()).isNotNull();
            result.warnings().forEach(w -> assertThat(w.line()).isPositive());
            RENDERER.marked(result.document());
        } catch (ImportException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> notation = Arbitraries.strings().withChars("[]［］（）()“”——：；。，、 \n•−(a)1.2.A.")
                .withChars("巴基斯坦俄罗斯美国阿尔及利亚主席的替代案文删除增加不同意支持代表非洲集团评价")
                .ofMaxLength(200);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), notation,
                Arbitraries.strings().all().ofMaxLength(100));
    }

    @Provide
    Arbitrary<NegotiationDocument> documents() {
        return Arbitraries.of("zh", "en").flatMap(lang -> Combinators.combine(words(lang, 1, 4),
                sections(lang)).as((title, sections) -> new NegotiationDocument("generated", header(lang, title),
                List.of(), sections)));
    }

    private static DocumentHeader header(String lang, String title) {
        boolean zh = lang.equals("zh");
        return new DocumentHeader("WO/PBC/34/15", title, lang, "en", LocalDate.of(2021, 12, 23),
                zh ? "计划和预算委员会" : "Program and Budget Committee", zh ? "第三十四届会议" : "Thirty-Fourth Session",
                zh ? "2022年 6月 27日至 7月 1日，日内瓦" : "Geneva, June 27 to July 1, 2022",
                zh ? "秘书处编拟" : "Document prepared by the Secretariat", null);
    }

    private Arbitrary<List<Section>> sections(String lang) {
        Arbitrary<Section> section = Combinators.combine(words(lang, 1, 2), paragraph(lang).list().ofMinSize(1).ofMaxSize(3))
                .as((heading, paragraphs) -> new Section("s", "A", List.of(new Text(heading)), List.copyOf(paragraphs)));
        return section.list().ofMinSize(1).ofMaxSize(3).map(list -> {
            List<Section> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Section s = list.get(i);
                out.add(new Section("s" + i, org.draftroom.negotiation.Numbering.sectionLabel(i), s.heading(), s.blocks()));
            }
            return out;
        });
    }

    private Arbitrary<Block> paragraph(String lang) {
        Arbitrary<Item> item = content(lang).map(c -> new Item("i", Item.Marker.BULLET, c, List.of(), false));
        return Combinators.combine(content(lang), item.list().ofMaxSize(2))
                .as((content, items) -> new Paragraph("p", true, content, List.copyOf(items), Status.OPEN, false));
    }

    /** Text, then proposals each followed by text: the notation never puts two plain brackets side by side here. */
    private Arbitrary<List<Inline>> content(String lang) {
        Arbitrary<List<Inline>> pairs = Combinators.combine(proposal(lang), words(lang, 1, 3))
                .as((p, w) -> List.<Inline>of(p, new Text(lang.equals("zh") ? w : " " + w)))
                .list().ofMaxSize(3).map(l -> l.stream().flatMap(List::stream).toList());
        return Combinators.combine(words(lang, 1, 3), pairs).as((first, rest) -> {
            List<Inline> out = new ArrayList<>();
            out.add(new Text(lang.equals("zh") ? first : first + " "));
            out.addAll(rest);
            return out;
        });
    }

    private Arbitrary<Proposal> proposal(String lang) {
        Arbitrary<Actors> who = Arbitraries.of(WHO).list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                .map(by -> new Actors(by, null));
        Arbitrary<Position> position = Combinators.combine(Arbitraries.of(Position.Stance.SUPPORT, Position.Stance.OPPOSE),
                Arbitraries.of(WHO)).as((stance, id) -> new Position("po", stance, Actors.of(id), null, null));
        Arbitrary<List<Position>> positions = position.list().ofMaxSize(2);
        Arbitrary<String> w = words(lang, 1, 2);
        return Arbitraries.of(ProposalKind.INSERT, ProposalKind.DELETE, ProposalKind.REPLACE, ProposalKind.BRACKETED)
                .flatMap(kind -> Combinators.combine(who, w, w, positions).as((actors, a, b, pos) -> switch (kind) {
                    case INSERT -> make(kind, actors, List.of(), text(a), pos);
                    case DELETE -> make(kind, actors, text(a), List.of(), pos);
                    case REPLACE -> make(kind, actors, text(a), text(b), pos);
                    default -> make(kind, Actors.NOBODY, List.of(), text(a), List.of());
                }));
    }

    private static Proposal make(ProposalKind kind, Actors actors, List<Inline> target, List<Inline> text,
                                 List<Position> positions) {
        return new Proposal("pr", kind, actors, target, text, List.of(), null, List.of(), Status.OPEN, List.of(),
                positions, null);
    }

    private static List<Inline> text(String s) {
        return List.of(new Text(s));
    }

    private static Arbitrary<String> words(String lang, int min, int max) {
        return Arbitraries.of(lang.equals("zh") ? ZH_WORDS : EN_WORDS).list().ofMinSize(min).ofMaxSize(max)
                .map(l -> String.join(lang.equals("zh") ? "" : " ", l));
    }

    /** The JSON of the model with ids renamed in order, hints dropped and whitespace normalised. */
    static String normal(NegotiationDocument doc) {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode root = mapper.readTree(JSON.write(doc));
        ((ObjectNode) root).remove("id");
        normalise(root, new int[1]);
        return root.toString();
    }

    private static void normalise(JsonNode node, int[] ids) {
        if (node instanceof ObjectNode o) {
            o.remove("notation");
            if (o.has("id") && o.get("id").isString()) o.put("id", "#" + ids[0]++); // fresh ids, numbered in order
            for (var e : o.properties()) {
                if (e.getValue().isString() && !e.getKey().equals("id") && !e.getKey().equals("footnote")) {
                    o.put(e.getKey(), e.getValue().asString().strip().replaceAll("\\s+", " "));
                } else {
                    normalise(e.getValue(), ids);
                }
            }
        } else if (node instanceof tools.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isString()) a.set(i, a.get(i).asString().strip().replaceAll("\\s+", " "));
                else normalise(a.get(i), ids);
            }
        }
    }

}
