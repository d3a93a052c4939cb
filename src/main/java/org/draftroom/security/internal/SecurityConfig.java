package org.draftroom.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.draftroom.api.SignInProblems;
import org.draftroom.security.ui.LoginView;

/**
 * Two filter chains: the REST API is stateless HTTP Basic without CSRF (machines, scripts); the UI is form
 * login with sessions and CSRF, configured by Vaadin. Authorization of actions lives in the services.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {
    static final String REALM = "Draftroom";

    @Bean
    PasswordEncoder passwordEncoder() {
        // delegating encoder: bcrypt today, upgradable hashes tomorrow without resetting every password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // 401 with the Basic challenge and 403, both as problem details (the API's one error format)
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(new ApiEntryPoint(SignInProblems.entryPoint(REALM))))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ApiEntryPoint(SignInProblems.entryPoint(REALM)))
                        .accessDeniedHandler(SignInProblems.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        // the API description, and health for load balancers (its status only; no other actuator endpoint is exposed)
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
                        "/actuator/health/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests, UserStore store) throws Exception {
        // the app's own stylesheets (META-INF/resources/styles) are public like Vaadin's bundle, else the browser
        // gets a 403 for them and every view renders unstyled
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**").permitAll());
        // Vaadin's own CSRF set-up exempts the login form; ours keeps only Vaadin's internal requests exempt (they
        // carry Vaadin's own token), so POST /login needs the token the login form copies from the page's meta tags
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> h
                .contentTypeOptions(o -> { })
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(new ContentSecurityPolicy(), SecurityContextHolderFilter.class);
        http.addFilterAfter(new RevokedSessions(store), SecurityContextHolderFilter.class);
        DefaultSecurityFilterChain chain = http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class).enableCsrfConfiguration(false)).build();
        // Vaadin configures form login late; touching http.formLogin() before it would switch on Spring's generated
        // login page, so the failure handler (a reason on the login page) is set on the built filter instead
        chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .forEach(f -> ((UsernamePasswordAuthenticationFilter) f).setAuthenticationFailureHandler(new LoginFailures()));
        return chain;
    }
}
