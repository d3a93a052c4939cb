package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.dom.Element;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.StoredDocument;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ReadingContext;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * Whatever changed between two states, the view patched from the first shows exactly what a fresh render of
 * the second shows: same elements, attributes, inline HTML and text, in the same order.
 */
class DocumentPatcherPropertiesTest {
    private static final DelegationRegistry DELEGATIONS = DelegationRegistry.standard();

    @BeforeTry
    void setUp() {
        MockVaadin.setup();
    }

    @AfterTry
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Property(tries = 300)
    void a_patched_view_shows_what_a_fresh_render_shows(@ForAll("states") List<List<Block>> before,
                                                      @ForAll("states") List<List<Block>> after) {
        NegotiationDocument from = document(before);
        NegotiationDocument to = document(after);
        DocumentView patched = view(from);
        ReadingContext ctx = ReadingContext.of(to, DELEGATIONS, com.vaadin.flow.component.UI.getCurrent().getLocale(), patched::getTranslation);
        boolean inPlace = DocumentPatcher.patch(patched, from, to, ctx);
        if (!inPlace) patched.show(stored(to));
        net.jqwik.api.statistics.Statistics.collect(inPlace ? "patched in place" : "rendered again");

        assertThat(tree(patched.getElement())).isEqualTo(tree(view(to).getElement()));
        assertThat(patched.paragraphPanels().keySet()).isEqualTo(view(to).paragraphPanels().keySet());
    }

    /** Sections of blocks drawn from a small pool of ids, so that states share, change, move and lose blocks. */
    @Provide
    Arbitrary<List<List<Block>>> states() {
        Arbitrary<List<Block>> section = block().list().ofMaxSize(6).uniqueElements(Block::id);
        return section.list().ofSize(2);
    }

    private Arbitrary<Block> block() {
        Arbitrary<String> id = Arbitraries.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8");
        Arbitrary<String> words = Arbitraries.of("shall", "should", "the evaluation", "评价", "<b>x</b>");
        Arbitrary<Block> paragraph = Combinators.combine(id, Arbitraries.of(true, false), words, Arbitraries.of(true, false))
                .as((i, numbered, w, bracketed) -> new Paragraph(i, numbered, List.of(new Text(w)), List.of(), Status.OPEN, bracketed));
        Arbitrary<Block> item = Combinators.combine(id, Arbitraries.of(Item.Marker.LETTER, Item.Marker.BULLET), words)
                .as((i, marker, w) -> new Item(i, marker, List.of(new Text(w)), List.of(), false));
        Arbitrary<Block> proposal = Combinators.combine(id, words, Arbitraries.of("PK", "US", "DZ"))
                .as((i, w, by) -> new ProposalBlock(i, Proposal.inline("x" + i, ProposalKind.ADD_ITEM, Actors.of(by), List.of(), List.of(new Text(w)))));
        return Arbitraries.oneOf(paragraph, item, proposal);
    }

    private static NegotiationDocument document(List<List<Block>> sections) {
        List<Section> list = new ArrayList<>();
        // a block id belongs to one section only, as in a real document
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            list.add(new Section("s" + i, null, List.of(new Text("Section " + i)),
                    sections.get(i).stream().filter(b -> used.add(b.id())).toList()));
        }
        return new NegotiationDocument("doc", DocumentHeader.minimal("TEST/PATCH/1", "Patching", "en"), List.of(), list);
    }

    private static DocumentView view(NegotiationDocument doc) {
        DocumentView view = new DocumentView(null, DELEGATIONS);
        view.show(stored(doc));
        return view;
    }

    private static StoredDocument stored(NegotiationDocument doc) {
        return new StoredDocument(doc, 1, null, Instant.EPOCH, "t", Instant.EPOCH, "t");
    }

    /** Tag, attributes, inline HTML and text of an element and everything under it. */
    private static String tree(Element e) {
        if (e.isTextNode()) return e.getText();
        Map<String, String> attributes = new TreeMap<>();
        e.getAttributeNames().forEach(n -> attributes.put(n, e.getAttribute(n)));
        Object html = e.getPropertyRaw("innerHTML");
        StringBuilder out = new StringBuilder("<").append(e.getTag()).append(attributes).append(html == null ? "" : html).append('>');
        e.getChildren().forEach(c -> out.append(tree(c)));
        return out.append("</").append(e.getTag()).append('>').toString();
    }

    static {
        Locale.setDefault(Locale.ENGLISH);
    }
}
