package org.draftroom.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For tests that start whole applications of their own ({@code @ExtendWith(OwnAppStarts.class)}). Each start
 * makes Vaadin install its own SecurityContextHolder strategy (with its own thread local) globally; this puts
 * back the one of the shared test context afterwards, so later {@code @DraftroomIT} tests still see their
 * signed-in users.
 */
public final class OwnAppStarts implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OwnAppStarts.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class));
    }
}
