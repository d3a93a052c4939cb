package org.draftroom.room.internal;

import java.util.List;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** Small documents for the pure tests: sections A and B, paragraph par1 in A. */
final class Fixtures {
    private Fixtures() {
    }

    static NegotiationDocument doc(List<Inline> par1) {
        Paragraph p1 = new Paragraph("par1", true, par1, List.of(), Status.OPEN, true);
        Paragraph p2 = new Paragraph("par2", true, List.of(new Text("Second paragraph.")), List.of(), Status.OPEN, false);
        Paragraph p3 = new Paragraph("par3", true, List.of(new Text("Third paragraph.")), List.of(), Status.OPEN, false);
        return new NegotiationDocument("d1", DocumentHeader.minimal("WO/PBC/34/15", "ToR", "zh"), List.of(),
                List.of(new Section("secA", "A", List.of(new Text("Background")), List.<Block>of(p1, p2)),
                        new Section("secB", "B", List.of(new Text("Objectives")), List.<Block>of(p3))));
    }

    static NegotiationDocument doc(String par1) {
        return doc(List.of(new Text(par1)));
    }
}
