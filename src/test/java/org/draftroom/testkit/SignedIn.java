package org.draftroom.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs a test (or every test of a class) signed in as a demo account through {@link SignIn}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SignedIn.Extension.class)
public @interface SignedIn {
    /** The demo account, e.g. "secretariat" or "pakistan". */
    String value();

    final class Extension implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            SignedIn on = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SignedIn.class)
                    .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedIn.class))
                    .orElseThrow();
            SignIn.in(on.value());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            SignIn.out();
        }
    }
}
