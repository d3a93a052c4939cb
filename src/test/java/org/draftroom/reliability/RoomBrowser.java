package org.draftroom.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.draftroom.testkit.Api;

/**
 * Chromium through Playwright against a running Draftroom, plus the few API calls the browser tests and
 * benchmarks need (as the demo secretariat). One browser; each session is its own context (own cookies, own
 * Vaadin session).
 */
public final class RoomBrowser implements AutoCloseable {
    public static final String SEED_SYMBOL = "WO/PBC/34/15";
    /** Demo accounts that may read documents (observer, chair and delegates), all with password "demo". */
    public static final List<String> READERS = List.of("observer", "chair", "pakistan", "usa", "russia", "algeria",
            "uae", "iran", "nigeria", "canada", "india", "colombia", "slovakia", "brazil", "singapore", "southafrica",
            "chile", "uganda", "japan", "france", "china", "ghana", "switzerland");

    private final String base;
    private final Api api;
    private final Playwright playwright;
    private final Browser browser;
    private final JsonMapper json = JsonMapper.builder().build();

    public RoomBrowser(String base) {
        this.base = base;
        this.api = new Api(base);
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh context logged in as {@code username}, on the document view of {@code documentId}. */
    public Page openDocument(String username, String documentId) {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.fill("input[name='username']", username);
        page.fill("input[name='password']", "demo");
        page.press("input[name='password']", "Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(base + "/documents/" + documentId);
        page.waitForSelector(".document-text");
        return page;
    }

    /** Id of the seed terms of reference, and a paragraph of it to add items after. */
    public String[] seedDocumentAndParagraph() throws Exception {
        for (JsonNode d : json.readTree(api("GET", "/api/v1/documents?size=200&symbol=WO%2FPBC%2F34%2F15", null).body()).get("items")) {
            if (SEED_SYMBOL.equals(d.path("symbol").asString())) {
                String id = d.get("id").asString();
                JsonNode doc = json.readTree(api("GET", "/api/v1/documents/" + id, null).body());
                for (JsonNode section : doc.get("sections")) {
                    for (JsonNode block : section.get("blocks")) {
                        if ("paragraph".equals(block.path("type").asString()) || block.has("numbered")) {
                            return new String[]{id, block.get("id").asString()};
                        }
                    }
                }
                throw new AssertionError("no paragraph in the seed document");
            }
        }
        throw new AssertionError("seed document " + SEED_SYMBOL + " not found");
    }

    /** The secretariat records an add-item proposal for Pakistan; returns the HTTP response. */
    public HttpResponse<String> proposeItem(String documentId, String afterBlockId, String wording) throws Exception {
        String body = "{\"kind\":\"add-item\",\"blockId\":" + json.writeValueAsString(afterBlockId)
                + ",\"wording\":" + json.writeValueAsString(wording) + ",\"delegation\":\"PK\"}";
        return api("POST", "/api/v1/documents/" + documentId + "/proposals", body);
    }

    /** The secretariat records for Pakistan new wording of a paragraph: its current wording with {@code words} added. */
    public HttpResponse<String> proposeWordingAppending(String documentId, String blockId, String words) throws Exception {
        JsonNode wording = json.readTree(api("GET", "/api/v1/documents/" + documentId + "/blocks/" + blockId + "/wording", null).body());
        String body = "{\"kind\":\"wording\",\"blockId\":" + json.writeValueAsString(blockId)
                + ",\"wording\":" + json.writeValueAsString(wording.get("text").asString() + " " + words)
                + ",\"baseRevision\":" + wording.get("revision").asLong() + ",\"delegation\":\"PK\"}";
        return api("POST", "/api/v1/documents/" + documentId + "/proposals", body);
    }

    public HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = api.request(path, "secretariat");
        if (body == null) b.GET();
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return api.send(b);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
