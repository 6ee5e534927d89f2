package org.shizhi.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * The web console in headless Chromium against the platform started as {@code ./shizhi start} starts it, with the demo
 * cities: the demo platform shared with the other browser test classes (DemoPlatform), one browser for the class, a fresh browser context (empty sessionStorage) per test. Every
 * answer under /console/ must carry the console's Content-Security-Policy, and no real page may cause a CSP violation
 * (both checked after each test); screenshots go to target/console-screenshots.
 */
@ExtendWith(DemoPlatform.class)
class ConsoleInTheBrowserTest {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = ROOT.resolve("console-tests/target/console-screenshots");
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
    /** A community the demo gives a disclosure board with published items (DemoConsultation). */
    private static final String DEMO_BOARD = "440802003001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PlatformProcess platform;
    /** A word of the demo's case texts (which are drawn afresh on each start): two characters of a grid event's title. */
    private static String word;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private PolicyWatch policies;

    @BeforeAll
    static void startThePlatformAndTheBrowser() throws Exception {
        Path chromium = Chromium.ensure();
        platform = DemoPlatform.platform();
        awaitDemoData();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openAPage() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        policies = PolicyWatch.on(page, platform.base().toString(), POLICY);
        // Violations as the page itself sees them (an init script runs outside the page's CSP).
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "(window.__cspViolations = window.__cspViolations || []).push(e.effectiveDirective + ' ' + e.blockedURI))");
    }

    @AfterEach
    void everyConsoleAnswerCarriedThePolicyAndNoPageViolatedIt(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"))
                .setFullPage(true));
        context.close();
        policies.assertNoneSeen();
    }

    private String console(String path) {
        return platform.base() + "/console/" + path;
    }

    private void signInAs(String user) {
        page.navigate(console("#/sign-in"));
        page.locator("[data-user='" + user + "']").click();
        assertThat(page.locator("[data-who=subject]")).hasText(user);
    }

    /** How long the page took to load (navigation start to the load event), printed for docs/benchmarks.md, never asserted. */
    private void reportLoad(String what) {
        Object ms = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
        System.out.printf("[console-tests] load time: %s %.0f ms%n", what, ((Number) ms).doubleValue());
    }

    /** Runs a search from the box and waits for its answer, which must be a page of hits. */
    private void search(String query) {
        page.locator("#q").fill(query);
        searched(() -> page.locator("[data-action=search]").click());
    }

    /** Waits for the search that {@code action} sends, and checks it was answered. */
    private void searched(Runnable action) {
        com.microsoft.playwright.Response answer = page.waitForResponse(r -> r.url().endsWith("/api/v1/cases/search"), action);
        assertThat(answer.status()).as("POST /api/v1/cases/search answered " + answer.text()).isEqualTo(200);
    }

    @Test
    void anAuditorSearchesPagesOpensACaseExportsAndSavesASearch() throws IOException {
        signInAs("chengdu-auditor");
        reportLoad("sign-in page (/console/, the shell and its modules)");
        assertThat(page.locator("[data-who=city]")).hasText("510100");
        assertThat(page.locator("[data-who=jurisdiction]")).hasText("510100");
        assertThat(page.locator("[data-who=roles]")).hasText("审计员");
        assertThat(page.locator("[data-who=privacy]")).hasText("可见个人信息");
        assertThat(page.evaluate("() => sessionStorage.getItem('shizhi.session') !== null")).as("the token kept in sessionStorage")
                .isEqualTo(true);

        // A word: highlighted snippets, facet counts.
        long started = System.nanoTime();
        search(word);
        assertThat(page.locator(".hits li").first()).isVisible();
        System.out.printf("[console-tests] load time: search desk, a word's first page shown %d ms after the click%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(page.locator(".hits li").first()).isVisible();
        assertThat(page.locator(".hits li em").first()).isVisible();
        assertThat(page.locator("[data-facet=caseType] button").first()).isVisible();

        // Every case, paged by cursor: a second page, and back.
        search("");
        assertThat(page.locator(".hits li")).hasCount(20);
        String firstOfPageOne = page.locator(".hits li").first().getAttribute("data-case");
        searched(() -> page.locator("[data-page=next]").click());
        assertThat(page.locator("[data-page-number]")).hasAttribute("data-page-number", "2");
        assertThat(page.locator(".hits li").first()).not().hasAttribute("data-case", firstOfPageOne);
        searched(() -> page.locator("[data-page=previous]").click());
        assertThat(page.locator(".hits li").first()).hasAttribute("data-case", firstOfPageOne);

        // A facet narrows the search.
        Locator dispute = page.locator("[data-facet=source] button[data-value=DISPUTE]");
        String disputes = dispute.textContent().replaceAll("\\D", "");
        searched(dispute::click);
        assertThat(page.locator("[data-total]")).hasAttribute("data-total", disputes);

        // A pasted description of 10,000 characters goes in the body and is answered.
        String description = ("楼上住户夜间装修施工，电钻声持续到凌晨，楼下老人无法休息，多次协商未果，地下车库顶板渗水。").repeat(300).substring(0, 10_000);
        search(description);
        assertThat(page.locator("[data-error-for=q]")).isEmpty();
        assertThat(page.locator(".hits li").first()).isVisible();

        // Export of the whole result, as CSV with its header.
        searched(() -> page.locator("[data-action=clear]").click());
        search(word);
        assertThat(page.locator(".hits li").first()).isVisible();
        Download csv = page.waitForDownload(() -> page.locator("[data-action=export-csv]").click());
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        String exported = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(exported).as("the exported CSV").contains(word);
        Download xlsx = page.waitForDownload(() -> page.locator("[data-action=export-xlsx]").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        byte[] workbook = Files.readAllBytes(xlsx.path());
        assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).as("an xlsx is a zip").isEqualTo("PK");

        // Open a case: its page and its timeline.
        started = System.nanoTime();
        page.locator(".hits li a").first().click();
        assertThat(page.locator("[data-case-title]")).isVisible();
        assertThat(page.locator("[data-timeline] li").first()).isVisible();
        System.out.printf("[console-tests] load time: case page with its timeline shown %d ms after the click%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(page.locator("[data-timeline] li").first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回检索结果")).click();
        assertThat(page.locator(".hits li").first()).isVisible();

        // Save the search and find it among the saved ones.
        page.locator("#savedName").fill("演示检索");
        page.locator("[data-action=save]").click();
        assertThat(page.locator("[data-status]")).hasText("已保存「演示检索」");
        page.navigate(console("#/saved"));
        assertThat(page.locator("[data-saved='演示检索']")).isVisible();
    }

    /**
     * Without a Chinese font Chromium draws every Chinese character as a box: the bar's 审计员 then has no font with its
     * glyphs. Chromium's own account of the fonts that rendered a node (DevTools' "rendered fonts",
     * {@code CSS.getPlatformFontsForNode}) must name one that fontconfig lists for Chinese, for all three glyphs.
     */
    @Test
    void chineseTextIsDrawnInChineseGlyphsNotInBoxes() {
        if (!Chromium.hasCjkFont()) {
            String reason = "fontconfig lists no font for Chinese and apt-get could not install " + Chromium.CJK_FONT_PACKAGE;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail("CI=true: " + reason);
            }
            System.out.println("[console-tests] SKIPPED: " + reason);
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
        signInAs("chengdu-auditor");
        assertThat(page.locator("[data-who=roles]")).hasText("审计员");
        com.microsoft.playwright.CDPSession devtools = context.newCDPSession(page);
        devtools.send("DOM.enable");
        devtools.send("CSS.enable");
        com.google.gson.JsonObject document = devtools.send("DOM.getDocument");
        com.google.gson.JsonObject args = new com.google.gson.JsonObject();
        args.addProperty("nodeId", document.getAsJsonObject("root").get("nodeId").getAsInt());
        args.addProperty("selector", "[data-who=roles]");
        int element = devtools.send("DOM.querySelector", args).get("nodeId").getAsInt();
        // The fonts of the element's text node (its first child).
        com.google.gson.JsonObject describe = new com.google.gson.JsonObject();
        describe.addProperty("nodeId", element);
        describe.addProperty("depth", 1);
        int text = devtools.send("DOM.describeNode", describe).getAsJsonObject("node").getAsJsonArray("children").get(0).getAsJsonObject()
                .get("nodeId").getAsInt();
        com.google.gson.JsonObject node = new com.google.gson.JsonObject();
        node.addProperty("nodeId", text);
        com.google.gson.JsonArray fonts = devtools.send("CSS.getPlatformFontsForNode", node).getAsJsonArray("fonts");
        java.util.Map<String, Integer> glyphsByFont = new java.util.LinkedHashMap<>();
        fonts.forEach(f -> glyphsByFont.put(f.getAsJsonObject().get("familyName").getAsString(), f.getAsJsonObject().get("glyphCount").getAsInt()));
        List<String> chinese = Chromium.cjkFamilies();
        assertThat(glyphsByFont).as("the fonts that drew 审计员 (glyphs each); fontconfig's Chinese fonts are " + chinese)
                .hasEntrySatisfying(glyphsByFont.keySet().stream().filter(chinese::contains).findFirst().orElse("(none of them)"),
                        glyphs -> assertThat(glyphs).isEqualTo(3));
    }

    @Test
    void anInvalidFilterIsShownBesideItsField() {
        signInAs("chengdu-auditor");
        page.locator("#area").fill("5101");
        page.locator("[data-action=search]").click();
        assertThat(page.locator("[data-error-for=area]")).not().isEmpty();
        // A description cannot be saved: the refusal names q.
        page.locator("#area").fill("");
        page.locator("#q").fill("楼上住户夜间装修施工，电钻声持续到凌晨，楼下老人无法休息，多次协商未果，只好求助社区网格员。");
        page.locator("#savedName").fill("描述");
        page.locator("[data-action=save]").click();
        assertThat(page.locator("[data-error-for=q]")).not().isEmpty();
    }

    @Test
    void aUserWithoutThePersonalDataPrivilegeSeesMaskedNames() {
        signInAs("chengdu-city-admin");
        assertThat(page.locator("[data-who=privacy]")).hasText("个人信息已脱敏");
        search("");
        searched(() -> page.locator("[data-facet=source] button[data-value=DISPUTE]").click());
        assertThat(page.locator(".hits li").first()).isVisible();
        page.locator(".hits li a").first().click();
        Locator names = page.locator("[data-party-name]");
        assertThat(names.first()).isVisible();
        for (String name : names.allTextContents()) {
            assertThat(name).as("a party's name without PERSONAL_DATA").contains("*");
        }

        page.locator("#sign-out").click();
        assertThat(page.locator("[data-user]").first()).isVisible();
        assertThat(page.evaluate("() => sessionStorage.getItem('shizhi.session')")).as("signed out: the token is forgotten").isNull();
    }

    @Test
    void thePublicDisclosurePageShowsACommunitysItemsWithoutSignIn() {
        page.navigate(console("public.html?community=" + DEMO_BOARD));
        assertThat(page.locator("#board-name")).hasText("新春社区");
        reportLoad("public disclosure page");
        assertThat(page.locator("[data-item]").first()).isVisible();
        assertThat(page.evaluate("() => sessionStorage.length")).as("no session").isEqualTo(0);

        page.locator("#community").fill("440802");
        page.locator("#community-form button").click();
        assertThat(page.locator("[data-error-for=code]")).not().isEmpty();
    }

    @Test
    void theLanguageSwitchesToEnglishWithoutAReload() {
        signInAs("zhanjiang-auditor");
        assertThat(page.locator("[data-who=city]")).hasText("440800");
        search("");
        assertThat(page.locator("h1")).hasText("案卷检索");
        page.evaluate("() => { window.__notReloaded = true; }");

        page.locator("#lang").selectOption("en");
        assertThat(page.locator("h1")).hasText("Case search");
        assertThat(page.locator("[data-who=roles]")).hasText("Auditor");
        assertThat(page.locator("[data-action=search]")).hasText("Search");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.evaluate("() => window.__notReloaded === true")).as("the page was not reloaded").isEqualTo(true);

        page.locator("#lang").selectOption("zh-CN");
        assertThat(page.locator("h1")).hasText("案卷检索");
    }

    @Test
    void theBrowserBlocksAnInlineScriptAndARequestToAnotherOrigin() {
        page.navigate(console("#/sign-in"));
        assertThat(page.locator("[data-user]").first()).isVisible();

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true'; "
                + "document.body.append(s); }");
        Object foreign = page.evaluate("() => fetch('http://127.0.0.2:9/steal').then(() => 'sent', () => 'blocked')");
        page.waitForFunction("() => (window.__cspViolations || []).length >= 2");

        assertThat(page.evaluate("() => window.__inlineRan === true")).as("the inline script ran").isEqualTo(false);
        assertThat(foreign).as("the request to another origin").isEqualTo("blocked");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("() => window.__cspViolations");
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("script-src"))
                .anySatisfy(v -> assertThat(v).startsWith("connect-src").contains("127.0.0.2"));
        assertThat(policies.cspMessages).as("the browser console reports the violations, which the check after each test looks for")
                .isNotEmpty();
        // Provoked here on purpose: the check after each test is for the real pages.
        policies.cspMessages.clear();
    }

    @Test
    void aSavedSearchShowsTheCaseThatArrivesAfterItUnmaskedForTheAuditor() throws Exception {
        signInAs("chengdu-auditor");
        search("玻璃幕墙脱落");
        assertThat(page.locator("[data-total]")).hasAttribute("data-total", "0");
        page.locator("#savedName").fill("幕墙脱落");
        page.locator("[data-action=save]").click();
        assertThat(page.locator("[data-status]")).hasText("已保存「幕墙脱落」");

        // A case arrives after the search was saved: imported by the city's integrator through the API.
        String line = "{\"externalId\":\"CONSOLE-E2E-1\",\"cityCode\":\"510100\",\"areaCode\":\"510104022001\","
                + "\"caseType\":\"安全隐患\",\"title\":\"写字楼玻璃幕墙脱落砸伤行人\",\"facts\":\"大风天气写字楼玻璃幕墙脱落，砸伤路过行人。\","
                + "\"parties\":[{\"name\":\"张伟\",\"role\":\"受害人\",\"phone\":\"13812345678\"}],"
                + "\"occurredOn\":\"2024-05-02\",\"closedOn\":\"2024-06-20\",\"tags\":[\"幕墙\"]}";
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/case-imports"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token("chengdu-integrator"))
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as("the import answered " + imported.body()).isEqualTo(200);

        page.navigate(console("#/saved"));
        Locator count = page.locator("[data-saved='幕墙脱落'] [data-new-matches]");
        for (int tries = 0; tries < 30 && !"1".equals(count.getAttribute("data-new-matches")); tries++) {
            page.waitForTimeout(1_000); // the case is indexed, and matched, in the background
            page.reload();
        }
        assertThat(count).hasAttribute("data-new-matches", "1");
        page.locator("[data-saved='幕墙脱落'] button").first().click();
        assertThat(page.locator("[data-match] em").first()).hasText("玻璃幕墙脱落");
        page.locator("[data-match] a").first().click();
        assertThat(page.locator("[data-party-name]").first()).hasText("张伟"); // unmasked: the auditor holds PERSONAL_DATA

        page.navigate(console("#/saved"));
        page.locator("[data-saved='幕墙脱落'] button").nth(1).click();
        assertThat(page.locator("[data-saved='幕墙脱落'] [data-new-matches]")).hasAttribute("data-new-matches", "0");
    }

    @Test
    void whereTheLocalSignInIsRefusedThePageSendsTheUserToTheCitysIdentityProvider() {
        // The answer of a platform that trusts an external identity provider (EmbeddedSignInTest proves the refusal).
        page.route("**/api/v1/sign-in/local-users", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(403).setContentType("application/problem+json")
                .setBody("{\"type\":\"urn:shizhi:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"the local sign-in is off: the production profile trusts the city's identity provider\"}")));
        page.navigate(console("#/sign-in"));
        assertThat(page.locator("[data-sign-in=external]")).containsText("统一身份认证");
        assertThat(page.locator("[data-user]")).hasCount(0);
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() throws IOException {
        List<String> found = new java.util.ArrayList<>();
        page.navigate(console("#/sign-in"));
        assertThat(page.locator("[data-user]").first()).isVisible();
        found.addAll(axe("sign-in"));
        page.locator("[data-user='chengdu-auditor']").click();
        search(word);
        assertThat(page.locator(".hits li").first()).isVisible();
        found.addAll(axe("search desk"));
        page.locator(".hits li a").first().click();
        assertThat(page.locator("[data-timeline] li").first()).isVisible();
        found.addAll(axe("case page"));
        page.navigate(console("#/saved"));
        assertThat(page.locator("h1")).hasText("保存的检索");
        found.addAll(axe("saved searches"));
        page.navigate(console("public.html?community=" + DEMO_BOARD));
        assertThat(page.locator("[data-item]").first()).isVisible();
        found.addAll(axe("public disclosure page"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();
    }

    /** The page's serious and critical violations, by axe-core evaluated in the page (outside its CSP, as a test tool). */
    private List<String> axe(String what) throws IOException {
        return Axe.seriousOrCritical(page, what);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A local user's token, from the sign-in operation. */
    private static String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/sign-in/local"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    /**
     * The demo's archive and disclosure boards load in the background after the start: wait until the board is there,
     * and the word the tests search for has hits.
     */
    private static void awaitDemoData() throws Exception {
        String token = token("chengdu-auditor");
        long deadline = System.nanoTime() + 240_000_000_000L;
        long lastTotal = -1;
        while (System.nanoTime() < deadline) {
            long total = total(token, "{\"limit\":1}");
            word = firstTitleWord(token);
            long withWord = word.isEmpty() ? 0 : total(token, "{\"limit\":1,\"q\":\"" + word + "\"}");
            HttpResponse<String> board = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/public/communities/"
                    + DEMO_BOARD + "/disclosures?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
            if (total > 40 && withWord > 0 && board.statusCode() == 200) {
                return;
            }
            if (total != lastTotal) {
                System.out.printf("[console-tests] waiting for the demo: %d cases, %d with '%s', board %d%n", total, withWord, word,
                        board.statusCode());
            }
            lastTotal = total;
            Thread.sleep(3_000);
        }
        throw new IllegalStateException("the demo's cases and disclosure boards were not all there within 240 s");
    }

    /** Two Chinese characters from the title of the newest grid event in the archive, or nothing yet. */
    private static String firstTitleWord(String token) throws IOException, InterruptedException {
        HttpResponse<String> cases = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/cases/search"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"limit\":1,\"sort\":\"newest\",\"source\":[\"GRID_EVENT\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (cases.statusCode() != 200 || JSON.readTree(cases.body()).get("items").isEmpty()) {
            return "";
        }
        String han = JSON.readTree(cases.body()).get("items").get(0).get("title").asText().replaceAll("[^\\p{IsHan}]", "");
        return han.length() < 2 ? "" : han.substring(han.length() - 2);
    }

    private static long total(String token, String search) throws IOException, InterruptedException {
        HttpResponse<String> cases = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/cases/search"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(search)).build(), HttpResponse.BodyHandlers.ofString());
        return cases.statusCode() == 200 ? JSON.readTree(cases.body()).get("total").asLong() : -1;
    }
}
