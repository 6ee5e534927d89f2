package org.shizhi.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * The console's production sign-in: OpenID Connect (authorization code with PKCE) against a real Keycloak started by
 * the build with the committed realm, the platform started as {@code ./shizhi start} starts it but trusting that
 * Keycloak (its JWKS, issuer, and {@code shizhi.oidc.*}), in headless Chromium through Keycloak's own login form.
 */
class SignInWithTheCitysIdentityProviderTest {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("console-tests/target");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Keycloak keycloak;
    private static PlatformProcess platform;
    private static Playwright playwright;
    private static Browser browser;
    /** The console's policy with Keycloak's origin in connect-src, and only there. */
    private static String policy;

    private BrowserContext context;
    private Page page;
    private PolicyWatch policies;

    @BeforeAll
    static void startKeycloakThePlatformAndTheBrowser() throws Exception {
        Path chromium = Chromium.ensure();
        Files.createDirectories(TARGET.resolve("console-screenshots"));
        keycloak = Keycloak.start(TARGET.resolve("keycloak.log"));
        String issuer = keycloak.issuer().toString();
        platform = PlatformProcess.start(ROOT, List.of("-Dmp.jwt.verify.publickey.location=" + keycloak.jwks(),
                "-Dmp.jwt.verify.issuer=" + issuer, "-Dshizhi.oidc.issuer=" + issuer, "-Dshizhi.oidc.client-id=" + Keycloak.CLIENT_ID));
        keycloak.registerConsole(platform.base() + "/console/");
        policy = ConsoleInTheBrowserTest.POLICY.replace("connect-src 'self';",
                "connect-src 'self' http://127.0.0.1:" + keycloak.issuer().getPort() + ";");
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            try {
                if (platform != null) {
                    platform.close();
                }
            } finally {
                if (keycloak != null) {
                    keycloak.close();
                }
            }
        }
    }

    @BeforeEach
    void openAPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        policies = PolicyWatch.on(page, platform.base().toString(), policy);
    }

    @AfterEach
    void everyConsoleAnswerCarriedThePolicyWithTheProvidersOrigin(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve("console-screenshots/oidc-"
                + test.getTestMethod().orElseThrow().getName() + ".png")).setFullPage(true));
        context.close();
        policies.assertNoneSeen();
    }

    private String console(String path) {
        return platform.base() + "/console/" + path;
    }

    /** From the console's sign-in page through Keycloak's login form and back, signed in. */
    private void signInThroughKeycloakAs(String user) {
        page.navigate(console("#/sign-in"));
        page.locator("[data-sign-in=oidc]").click();
        page.waitForURL(Pattern.compile(Pattern.quote(keycloak.issuer() + "/protocol/openid-connect/auth") + ".*"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(Keycloak.PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("[data-who=subject]")).hasText(user);
        assertThat(page).hasURL(console("#/search"));
    }

    /** Runs the search desk's empty search (every case the user may read) until the demo's archive has loaded. */
    private long searchEverything() throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (true) {
            long total = searchOnce();
            if (total > 0 || System.nanoTime() > deadline) {
                return total;
            }
            Thread.sleep(2_000);
        }
    }

    /** The search desk's empty search, answered 200 with Keycloak's access token as the bearer: the hits' total. */
    private long searchOnce() {
        page.locator("#q").fill("");
        com.microsoft.playwright.Response answer = page.waitForResponse(r -> r.url().endsWith("/api/v1/cases/search"),
                () -> page.locator("[data-action=search]").click());
        assertThat(answer.status()).as("POST /api/v1/cases/search with Keycloak's access token answered " + answer.text())
                .isEqualTo(200);
        return Long.parseLong(page.locator("[data-total]").getAttribute("data-total"));
    }

    private int apiStatus(String path) {
        Object status = page.evaluate("async path => (await fetch(path, { headers: { Authorization: 'Bearer ' + "
                + "JSON.parse(sessionStorage.getItem('shizhi.session')).token } })).status", path);
        return ((Number) status).intValue();
    }

    @Test
    void theSignInOptionsNameKeycloakAndTheLocalSignInIsOff() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/sign-in/options")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode options = JSON.readTree(answer.body());
        assertThat(options.path("local").asBoolean(true)).as("local sign-in beside an external provider").isFalse();
        assertThat(options.path("oidc").path("issuer").asText()).isEqualTo(keycloak.issuer().toString());
        assertThat(options.path("oidc").path("clientId").asText()).isEqualTo(Keycloak.CLIENT_ID);
        assertThat(options.path("oidc").path("scope").asText()).isEqualTo("openid");
        assertThat(options.path("oidc").path("authorizationEndpoint").asText()).isEqualTo(keycloak.issuer() + "/protocol/openid-connect/auth");
        assertThat(options.path("oidc").path("tokenEndpoint").asText()).isEqualTo(keycloak.issuer() + "/protocol/openid-connect/token");
        assertThat(options.path("oidc").path("endSessionEndpoint").asText()).isEqualTo(keycloak.issuer() + "/protocol/openid-connect/logout");

        page.navigate(console("#/sign-in"));
        assertThat(page.locator("[data-sign-in=oidc]")).hasText("通过城市统一身份认证登录");
        assertThat(page.locator("[data-user]")).hasCount(0);
    }

    @Test
    void aStreetOfficerSignsInThroughKeycloakSeesTheirAreaAndRolesUsesTheApiAndSignsOut() throws Exception {
        signInThroughKeycloakAs("chengdu-street-officer");
        assertThat(page.locator("[data-who=city]")).hasText("510100");
        assertThat(page.locator("[data-who=jurisdiction]")).hasText("510104022000");
        assertThat(page.locator("[data-who=roles]")).hasText("街道干部");
        assertThat(page.locator("[data-who=privacy]")).hasText("个人信息已脱敏");
        assertThat(page).hasURL(Pattern.compile("^[^?]*#/search$"));
        JsonNode session = JSON.readTree((String) page.evaluate("() => sessionStorage.getItem('shizhi.session')"));
        JsonNode access = JSON.readTree(java.util.Base64.getUrlDecoder().decode(session.path("token").asText().split("\\.")[1]));
        assertThat(access.path("iss").asText()).isEqualTo(keycloak.issuer().toString());
        assertThat(access.path("aud").toString()).contains("\"shizhi\"");
        assertThat(session.path("oidc").path("refreshToken").asText()).as("Keycloak's refresh token kept for renewal").isNotEmpty();
        assertThat(page.evaluate("() => sessionStorage.getItem('shizhi.oidc.pending')")).as("verifier, state and nonce removed").isNull();

        // An API page: the search desk answers with Keycloak's access token as the bearer.
        searchEverything();

        // Expiry: 30 s before the access token expires the console renews it with the refresh token...
        String first = session.path("token").asText();
        page.evaluate("() => { const s = JSON.parse(sessionStorage.getItem('shizhi.session'));"
                + " s.expiresAt = new Date(Date.now() + 31000).toISOString(); sessionStorage.setItem('shizhi.session', JSON.stringify(s)); }");
        page.reload();
        page.waitForFunction("first => JSON.parse(sessionStorage.getItem('shizhi.session')).token !== first", first);
        String renewed = (String) page.evaluate("() => JSON.parse(sessionStorage.getItem('shizhi.session')).token");
        // ...and a session found expired at a reload is renewed once before any page is shown.
        page.evaluate("() => { const s = JSON.parse(sessionStorage.getItem('shizhi.session'));"
                + " s.expiresAt = new Date(Date.now() - 1000).toISOString(); sessionStorage.setItem('shizhi.session', JSON.stringify(s)); }");
        page.reload();
        assertThat(page.locator("[data-who=subject]")).hasText("chengdu-street-officer");
        assertThat(page).hasURL(console("#/search"));
        assertThat(page.evaluate("() => JSON.parse(sessionStorage.getItem('shizhi.session')).token")).isNotIn(first, renewed);
        searchOnce();

        // Signing out ends the session at Keycloak too: the next sign-in asks for the password again.
        page.locator("#sign-out").click();
        page.waitForURL(console("#/sign-in"));
        assertThat(page.locator("[data-sign-in=oidc]")).isVisible();
        assertThat(page.evaluate("() => sessionStorage.getItem('shizhi.session')")).isNull();
        page.navigate(console("#/search"));
        assertThat(page).hasURL(console("#/sign-in"));
        page.locator("[data-sign-in=oidc]").click();
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void aTokenFromKeycloakForAUserOfAnotherCityCannotReachThisCitysItems() throws Exception {
        signInThroughKeycloakAs("chengdu-auditor");
        assertThat(searchEverything()).as("Chengdu's archive as its auditor sees it").isPositive();
        String chengduCase = page.locator(".hits li").first().getAttribute("data-case");
        assertThat(apiStatus("/api/v1/cases/" + chengduCase)).as("Chengdu's auditor reads Chengdu's case").isEqualTo(200);
        page.locator("#sign-out").click();
        page.waitForURL(console("#/sign-in"));

        signInThroughKeycloakAs("zhanjiang-auditor");
        assertThat(page.locator("[data-who=city]")).hasText("440800");
        assertThat(apiStatus("/api/v1/cases/" + chengduCase)).as("Zhanjiang's token on Chengdu's case").isEqualTo(404);
        page.navigate(console("#/case/" + chengduCase));
        assertThat(page.locator("main .error")).isVisible();
        assertThat(page.locator("[data-case-title]")).hasCount(0);
        page.navigate(console("#/search"));
        searchOnce();
        assertThat(page.locator(".hits li[data-case='" + chengduCase + "']")).hasCount(0);
    }
}
