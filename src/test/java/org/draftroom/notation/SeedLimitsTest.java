package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.SeedTexts;

/** The limits are chosen far above what the real texts of the seed reach (docs/limits.md has the figures). */
class SeedLimitsTest {

    static final List<String> TEXTS = List.of("tor-external-offices.zh.txt", "budget-2024-25-revised.zh.txt",
            "decisions-pbc35.zh.txt", "decisions-pbc36.zh.txt", "versions/a64-7-cover.zh.txt",
            "versions/tor-external-offices.pbc36-annex2.zh.txt");

    @Test
    void every_seed_text_stays_at_least_ten_times_inside_the_limits() {
        int paragraph = 0;
        int proposal = 0;
        int position = 0;
        int sponsors = 0;
        int chars = 0;
        for (String name : TEXTS) {
            String text = SeedTexts.text(name);
            chars = Math.max(chars, text.length());
            NegotiationDocument doc = new NotationImporter(SeedTexts.REGISTRY).importText(text, null).document();
            for (Block b : Walk.blocks(doc)) {
                if (b instanceof Paragraph p) paragraph = Math.max(paragraph, Walk.plainText(p.content()).length());
                if (b instanceof Item i) paragraph = Math.max(paragraph, Walk.plainText(i.content()).length());
            }
            for (Proposal p : Walk.proposals(doc)) {
                proposal = Math.max(proposal, Walk.plainText(p.text()).length());
                sponsors = Math.max(sponsors, p.actors().by().size());
                for (Position q : p.positions()) position = Math.max(position, q.text() == null ? 0 : q.text().length());
            }
            assertThat(doc.header().symbol() == null ? 0 : doc.header().symbol().length() * 5).isLessThan(TextLimits.SYMBOL);
            assertThat(doc.header().title() == null ? 0 : doc.header().title().length() * 10).isLessThan(TextLimits.TITLE);
        }
        System.out.printf("SEED longest paragraph %d, proposal %d, position %d characters; %d co-sponsors; largest text %d%n",
                paragraph, proposal, position, sponsors, chars);
        assertThat(paragraph * 10).isLessThan(TextLimits.WORDING);
        assertThat(proposal * 10).isLessThan(TextLimits.WORDING);
        assertThat(position * 10).isLessThan(TextLimits.POSITION_TEXT);
        assertThat(sponsors * 10).isLessThan(TextLimits.CO_SPONSORS);
        assertThat(chars * 10).isLessThan(TextLimits.IMPORT_CHARS);
    }

}
