package org.draftroom.security.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser's sign-in over plain HTTP: the login page's session cookie and the CSRF token Vaadin puts in its
 * meta tags (what vaadin-login-form copies into the form), then the form POST. No redirects are followed.
 */
final class UiSignIn {
    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    final String base;
    final HttpClient http;

    UiSignIn(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    record Page(int status, String cookie, String body, Optional<String> location, HttpResponse<String> response) {
    }

    Page get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) b.header("Cookie", cookie);
        return page(http.send(b.build(), HttpResponse.BodyHandlers.ofString()), cookie);
    }

    /** Posts the login form; {@code token} null sends none. */
    Page post(String cookie, String username, String password, String csrfParameter, String token) throws Exception {
        StringBuilder form = new StringBuilder("username=" + enc(username) + "&password=" + enc(password));
        if (token != null) form.append('&').append(enc(csrfParameter)).append('=').append(enc(token));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) b.header("Cookie", cookie);
        return page(http.send(b.build(), HttpResponse.BodyHandlers.ofString()), cookie);
    }

    /** Signs in as the form does; returns the signed-in session's cookie. */
    String signIn(String username, String password) throws Exception {
        Page login = get("/login", null);
        Page result = post(login.cookie(), username, password, csrfParameter(login.body()), csrfToken(login.body()));
        if (result.status() != 302 || result.location().orElse("").contains("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + result.status() + " " + result.location());
        }
        return result.cookie();
    }

    static String csrfToken(String html) {
        Matcher m = META.matcher(html);
        if (!m.find()) throw new AssertionError("no _csrf meta tag in the login page");
        return m.group(1);
    }

    static String csrfParameter(String html) {
        Matcher m = PARAMETER.matcher(html);
        return m.find() ? m.group(1) : "_csrf";
    }

    private static Page page(HttpResponse<String> r, String previousCookie) {
        List<String> set = r.headers().allValues("Set-Cookie");
        String cookie = set.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(previousCookie);
        return new Page(r.statusCode(), cookie, r.body(), r.headers().firstValue("Location"), r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
