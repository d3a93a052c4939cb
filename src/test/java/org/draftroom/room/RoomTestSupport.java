package org.draftroom.room;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** Signing in as the demo accounts (their roles come from the database) and a small ToR-like document. */
public final class RoomTestSupport {
    public static final String P5 = "Based on the above, the evaluation aims to review the size and performance of the network of external offices.";
    static final Map<String, String> ROLES = Map.of("secretariat", "SECRETARIAT", "chair", "CHAIR", "observer", "OBSERVER",
            "admin", "ADMIN");

    private RoomTestSupport() {
    }

    public static <T> T as(String username, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + ROLES.getOrDefault(username, "DELEGATE"))));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Section A with paragraphs 4 and 5 (p4, p5), section B with paragraph 6 (p6, in Chinese). */
    public static NegotiationDocument tor(String symbol) {
        Section a = new Section("sA", "A.", List.of(new Text("Background")), List.<Block>of(
                new Paragraph("p4", true, List.of(new Text("The Committee requested a draft.")), List.of(), Status.OPEN, false),
                new Paragraph("p5", true, List.of(new Text(P5)), List.of(), Status.OPEN, true)));
        Section b = new Section("sB", "B.", List.of(new Text("Objectives")), List.<Block>of(
                new Paragraph("p6", true, List.of(new Text("评价产权组织驻外办事处网络的规模和效绩。")), List.of(), Status.OPEN, true)));
        return new NegotiationDocument("x", DocumentHeader.minimal(symbol, "Terms of reference", "en"), List.of(), List.of(a, b));
    }
}
