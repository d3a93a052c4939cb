/**
 * The application shell: page setup (push, styles), the main layout with navigation, language switching
 * and translations. Feature views register themselves with {@code @Menu}; the shell knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell", allowedDependencies = {"security"})
package org.draftroom.shell;
