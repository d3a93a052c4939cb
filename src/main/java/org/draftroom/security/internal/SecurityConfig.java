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
import org.springframework.security.web.SecurityFilterChain;

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
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(SignInProblems.entryPoint(REALM)))
                .exceptionHandling(e -> e.authenticationEntryPoint(SignInProblems.entryPoint(REALM))
                        .accessDeniedHandler(SignInProblems.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        // the app's own stylesheets (META-INF/resources/styles) are public like Vaadin's bundle, else the browser
        // gets a 403 for them and every view renders unstyled
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
