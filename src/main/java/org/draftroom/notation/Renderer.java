package org.draftroom.notation;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.internal.writing.CleanWriter;
import org.draftroom.notation.internal.writing.HtmlWriter;
import org.draftroom.notation.internal.writing.MarkedWriter;
import org.draftroom.notation.internal.reading.NotationNames;
import org.springframework.stereotype.Component;

/** The outputs the secretariat issues: marked-up compilation, the two clean texts, and the HTML view. */
@Component
public class Renderer {
    private final NotationNames names;

    public Renderer(DelegationRegistry registry) {
        this.names = new NotationNames(registry);
    }

    /** Every bracket and attribution, in the house notation of the document's language. */
    public String marked(NegotiationDocument document) {
        return new MarkedWriter(names).write(document);
    }

    /** Agreed text only: open proposals and their brackets removed, no names. */
    public String cleanAgreed(NegotiationDocument document) {
        return new CleanWriter(true).write(document);
    }

    /** The current text with pending passages in plain brackets and no names. */
    public String cleanOpen(NegotiationDocument document) {
        return new CleanWriter(false).write(document);
    }

    /** The marked-up view as HTML, escaped, with delegation colours and data attributes for anchoring. */
    public String html(NegotiationDocument document, HtmlOptions options) {
        return new HtmlWriter(names).write(document, options);
    }
}
