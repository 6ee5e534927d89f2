package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The started platform, over HTTP: health, contract, errors, and the demo area tree. */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:platform-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class PlatformHttpTest {

    @Inject
    WebTarget target;

    /** An API call as a Chengdu city admin. */
    private Invocation.Builder api(String path) {
        return api(path, TestTokens.chengduAdmin());
    }

    private Invocation.Builder api(String path, String authorization) {
        return target.path(path).request().header(HttpHeaders.AUTHORIZATION, authorization);
    }

    @Test
    void healthIsUpWithAReadinessCheckThatTouchesTheDatabase() {
        Response response = target.path("/health").request().get();

        assertThat(response.getStatus()).as("GET /health status").isEqualTo(200);
        String body = response.readEntity(String.class);
        assertThat(body).as("health body").contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .as("the calendar names the year it counts on statutory holidays only").contains("\"name\":\"work-calendar\"")
                .contains("\"provisional\":\"[2027]\"");
    }

    @Test
    void openapiServesTheContract() {
        Response response = target.path("/openapi").request("application/yaml").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(String.class))
                .contains("Shizhi municipal social governance API")
                .contains("/api/v1/areas/{code}/children");
    }

    @Test
    void metricsAreServed() {
        assertThat(target.path("/metrics").request().get().getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsA404ProblemWithoutAStackTrace() {
        Response response = target.path("/no/such/thing").request().get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:not-found");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.toString()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void malformedJsonIsA400ProblemAndRegistersNothing() {
        Response response = api("/api/v1/areas")
                .post(Entity.entity("{\"areas\": [{\"code\": \"510104000000\", ", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:malformed-json");
        assertThat(problem.getString("detail")).doesNotContain("com.fasterxml");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        Response response = api("/api/v1/areas")
                .post(Entity.json("{\"areas\": [{\"code\": \"510104000000\", \"name\": \"锦江区\", \"mayor\": \"x\"}]}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("field")).isEqualTo("areas[0].mayor");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Response response = api("/api/v1/areas")
                .post(Entity.json("{\"areas\": [{\"code\": \"510104000000\"}]}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("field")).isEqualTo("areas[0].name");
        assertThat(problem.getString("detail")).isEqualTo("areas[0].name: is required");
    }

    @Test
    void aBatchMayNameChildrenBeforeTheirParents() {
        String batch = """
                {"areas": [
                  {"code": "510104098001", "name": "后列社区"},
                  {"code": "510104098000", "name": "先列街道"}
                ]}""";
        Response response = api("/api/v1/areas").post(Entity.json(batch));

        assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(201);
        assertThat(api("/api/v1/areas/510104098000/children").get(String.class)).contains("后列社区");
    }

    @Test
    void theDemoCitiesAreLoadedWithTheirRealDistricts() {
        JsonObject chengdu = api("/api/v1/areas/510100").get(JsonObject.class);
        assertThat(chengdu.getString("name")).isEqualTo("成都市");
        assertThat(chengdu.getString("level")).isEqualTo("CITY");

        String districts = api("/api/v1/areas/440800000000/children", TestTokens.bearer("440800", "440800", "AUDITOR")).get(String.class);
        assertThat(districts).as("Zhanjiang's districts").contains("赤坎区").contains("霞山区").contains("麻章区");
    }

    @Test
    void aBatchWithOneBadAreaIsRefusedNamingItAndStoresNone() {
        String batch = """
                {"areas": [
                  {"code": "510104001000", "name": "测试街道"},
                  {"code": "51010400100X", "name": "坏编码社区"}
                ]}""";
        Response response = api("/api/v1/areas").post(Entity.json(batch));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:invalid-value");
        assertThat(problem.getString("field")).isEqualTo("areas[1].code");
        assertThat(api("/api/v1/areas/510104001000").get().getStatus())
                .as("the good first area of the refused batch").isEqualTo(404);
    }

    @Test
    void registeringAnAreaAnswers201WithItsLocation() {
        Response response = api("/api/v1/areas")
                .post(Entity.json("{\"areas\": [{\"code\": \"510104099000\", \"name\": \"示范街道\"}]}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/areas/510104099000");
        assertThat(api("/api/v1/areas/510104099000").get(JsonObject.class).getString("parentCode"))
                .isEqualTo("510104000000");
    }

    @Test
    void theLoadedPluginsAreListedWithTheCitiesThatEnableThem() {
        JsonObject plugins = api("/api/v1/plugins").get(JsonObject.class);

        var zhanjiang = plugins.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("zhanjiang")).findFirst();
        assertThat(zhanjiang).as("the zhanjiang plugin in " + plugins).isPresent();
        assertThat(zhanjiang.get().getString("origin")).isEqualTo("classpath");
        assertThat(zhanjiang.get().getString("spiVersion")).isEqualTo("1.3");
        assertThat(zhanjiang.get().getJsonArray("enabledForCities").getString(0)).isEqualTo("440800");
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemWithABearerChallenge() {
        Response response = target.path("/api/v1/areas/510100").request().get();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.readEntity(JsonObject.class).getString("type")).isEqualTo("urn:shizhi:problem:unauthorized");
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var stranger = new org.shizhi.app.security.TokenMinter(
                (java.security.interfaces.RSAPrivateKey) generator.generateKeyPair().getPrivate(),
                "shizhi-embedded", "shizhi", java.time.Clock.systemUTC());
        String forged = stranger.mint("mallory", "510100", "510100", java.util.List.of("CITY_ADMIN"), java.time.Duration.ofMinutes(5));

        assertThat(api("/api/v1/areas/510100", "Bearer " + forged).get().getStatus()).isEqualTo(401);
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItHasExpired() throws InterruptedException {
        // Verified tokens are remembered until their exp: past it (and the provider's 5 s of clock skew) they are refused.
        var minter = new org.shizhi.app.security.TokenMinter(
                org.shizhi.app.security.SigningKeys.readPrivate(java.nio.file.Path.of("src/test/resources/test-keys/jwt-private.pem")),
                "shizhi-embedded", "shizhi", java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(-58)));
        String shortLived = minter.mint("brief", "510100", "510100", java.util.List.of("CITY_ADMIN"), java.time.Duration.ofMinutes(1));

        assertThat(api("/api/v1/areas/510100", "Bearer " + shortLived).get().getStatus()).isEqualTo(200);
        assertThat(api("/api/v1/areas/510100", "Bearer " + shortLived).get().getStatus()).as("remembered").isEqualTo(200);
        Thread.sleep(java.time.Duration.ofSeconds(2 + 5 + 1));
        assertThat(api("/api/v1/areas/510100", "Bearer " + shortLived).get().getStatus()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        var minter = new org.shizhi.app.security.TokenMinter(
                org.shizhi.app.security.SigningKeys.readPrivate(java.nio.file.Path.of("src/test/resources/test-keys/jwt-private.pem")),
                "shizhi-embedded", "shizhi", java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofHours(-2)));
        String expired = minter.mint("late", "510100", "510100", java.util.List.of("CITY_ADMIN"), java.time.Duration.ofMinutes(5));

        assertThat(api("/api/v1/areas/510100", "Bearer " + expired).get().getStatus()).isEqualTo(401);
    }

    @Test
    void aRoleThatMayNotRegisterAreasIs403Problem() {
        Response response = api("/api/v1/areas", TestTokens.bearer("510100", "510100", "AUDITOR"))
                .post(Entity.json("{\"areas\": [{\"code\": \"510104097000\", \"name\": \"审计街道\"}]}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.readEntity(JsonObject.class).getString("type")).isEqualTo("urn:shizhi:problem:forbidden");
        assertThat(api("/api/v1/areas/510104097000").get().getStatus()).as("nothing registered").isEqualTo(404);
    }

    @Test
    void anotherCitysAreaIs404ForAChengduToken() {
        assertThat(api("/api/v1/areas/440800").get().getStatus()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersTheApisAndHelidonsOwn() {
        for (Response response : java.util.List.of(target.path("/health").request().get(), api("/api/v1/areas/510100").get(),
                target.path("/no/such/thing").request().get())) {
            assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeaderString("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeaderString("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
            assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void aRequestOverTheSizeLimitIs413ProblemAndStoresNothing() {
        String huge = "{\"areas\": [{\"code\": \"510104096000\", \"name\": \"" + "大".repeat(600_000) + "\"}]}";

        Response response = api("/api/v1/areas").post(Entity.json(huge));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.readEntity(JsonObject.class).getString("type")).isEqualTo("urn:shizhi:problem:request-too-large");
        assertThat(api("/api/v1/areas/510104096000").get().getStatus()).isEqualTo(404);
    }

    @Test
    void aTokenWithoutThePlatformsClaimsIs401NamingWhatIsMissingWithAPlainBearerChallenge() {
        var minter = new org.shizhi.app.security.TokenMinter(
                org.shizhi.app.security.SigningKeys.readPrivate(java.nio.file.Path.of("src/test/resources/test-keys/jwt-private.pem")),
                "shizhi-embedded", "shizhi", java.time.Clock.systemUTC());
        String noJurisdiction = minter.mint("someone", "510100", "", java.util.List.of("CITY_ADMIN"), java.time.Duration.ofMinutes(5));

        Response response = api("/api/v1/areas/510100", "Bearer " + noJurisdiction).get();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(response.readEntity(JsonObject.class).getString("detail")).contains("jurisdiction");
    }

    @Test
    void aTokenSearchingFasterThanTheLimitGets429WithRetryAfterWhileAnotherTokenIsServed() {
        String eager = TestTokens.bearer("510100", "510100", "AUDITOR");
        // At once, not one after another: on a loaded machine searches in a row may come slower than the bucket refills.
        List<java.util.concurrent.Future<Response>> sent;
        try (var searches = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            sent = java.util.stream.IntStream.range(0, 40).mapToObj(i -> searches.submit(() -> search(eager))).toList();
        }
        List<Response> answers = sent.stream().map(java.util.concurrent.Future::resultNow).toList();

        Response refused = answers.stream().filter(r -> r.getStatus() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("40 searches at once with one token were all served: "
                        + answers.stream().map(Response::getStatus).toList()));
        assertThat(answers.stream().filter(r -> r.getStatus() == 200).count()).as("searches served from the burst").isPositive();
        assertThat(Integer.parseInt(refused.getHeaderString("Retry-After"))).as("Retry-After seconds").isPositive();
        assertThat(refused.readEntity(JsonObject.class).getString("type")).isEqualTo("urn:shizhi:problem:too-many-requests");
        assertThat(search(TestTokens.bearer("510100", "510100", "AUDITOR")).getStatus()).as("another token's search").isEqualTo(200);
    }

    private Response search(String authorization) {
        return target.path("/api/v1/events").queryParam("limit", 1).request().header(HttpHeaders.AUTHORIZATION, authorization).get();
    }

    @Test
    void theConsoleIsServedWithItsStrictContentSecurityPolicyAndTheApiKeepsItsOwn() {
        String consolePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
        for (String path : List.of("/console/", "/console/index.html", "/console/public.html", "/console/js/app.js",
                "/console/css/console.css", "/console/vendor/echarts/5.5.0/echarts.min.js")) {
            Response response = target.path(path).request().get();
            assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
            assertThat(response.getHeaderString("Content-Security-Policy")).as("the CSP of " + path).isEqualTo(consolePolicy);
            assertThat(response.getHeaderString("X-Content-Type-Options")).as("nosniff on " + path).isEqualTo("nosniff");
            assertThat(response.getHeaderString("X-Frame-Options")).as("no framing of " + path).isEqualTo("DENY");
        }
        assertThat(target.path("/console/js/app.js").request().get().getMediaType().toString())
                .as("a module script must come as JavaScript (nosniff)").startsWith("text/javascript");
        Response missing = target.path("/console/no-such-page.html").request().get();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeaderString("Content-Security-Policy")).as("a console 404 keeps the console's policy").isEqualTo(consolePolicy);
        assertThat(target.path("/api/v1/sign-in/local-users").request().get().getHeaderString("Content-Security-Policy"))
                .as("the API's own policy").isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    /**
     * The console's own files keep their names from release to release: kept but asked for again each time. ECharts sits
     * under its version: kept a year. The API and a missing console file are never kept.
     */
    @Test
    void theConsolesOwnFilesAreRevalidatedItsVersionedLibraryIsKeptAYearAndTheApiNever() {
        for (String path : List.of("/console/", "/console/index.html", "/console/public.html", "/console/js/app.js",
                "/console/js/pages/dispute.js", "/console/css/console.css")) {
            Response response = target.path(path).request().get();
            assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
            assertThat(response.getHeaderString("Cache-Control")).as("Cache-Control of " + path).isEqualTo("no-cache");
        }
        Response echarts = target.path("/console/vendor/echarts/5.5.0/echarts.min.js").request().get();
        assertThat(echarts.getStatus()).isEqualTo(200);
        assertThat(echarts.getHeaderString("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(target.path("/console/vendor/echarts/echarts.min.js").request().get().getStatus())
                .as("ECharts only under its version").isEqualTo(404);
        Response missing = target.path("/console/vendor/echarts/0.0.1/echarts.min.js").request().get();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeaderString("Cache-Control")).as("a missing file is not kept").isEqualTo("no-store");
        assertThat(target.path("/api/v1/sign-in/local-users").request().get().getHeaderString("Cache-Control"))
                .as("the API's answers").isEqualTo("no-store");
    }

    /** A console file the browser holds is revalidated: "not modified", with the console's headers, never an error. */
    @Test
    void aConsoleFileAskedForAgainWithItsValidatorIsNotModified() {
        Response first = target.path("/console/js/app.js").request().get();
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeaderString("ETag");
        String modified = first.getHeaderString("Last-Modified");
        assertThat(etag != null || modified != null).as("a validator on the console's file (ETag or Last-Modified)").isTrue();
        var again = target.path("/console/js/app.js").request();
        if (etag != null) {
            again = again.header("If-None-Match", etag);
        } else {
            again = again.header("If-Modified-Since", modified);
        }
        Response revalidated = again.get();
        assertThat(revalidated.getStatus()).as("GET /console/js/app.js with its validator").isEqualTo(304);
        assertThat(revalidated.getHeaderString("Content-Security-Policy")).as("the console's policy on the 304")
                .startsWith("default-src 'self'");
        assertThat(revalidated.getHeaderString("Cache-Control")).isEqualTo("no-cache");
        assertThat(target.path("/console/js/app.js").request().get().getStatus()).as("the connection and the file still serve").isEqualTo(200);
    }

    @Test
    void theSignInOptionsOfTheEmbeddedDefaultOfferTheLocalSignInAndNoProvider() {
        Response options = target.path("/api/v1/sign-in/options").request().get();
        assertThat(options.getStatus()).as("GET /api/v1/sign-in/options without a token").isEqualTo(200);
        JsonObject body = options.readEntity(JsonObject.class);
        assertThat(body.getBoolean("local")).isTrue();
        assertThat(body.containsKey("oidc")).as("no identity provider configured").isFalse();
    }

    @Test
    void aLocalSignInGivesATokenThatTheApiAccepts() {
        Response signIn = target.path("/api/v1/sign-in/local").request()
                .post(Entity.entity("{\"user\":\"chengdu-street-officer\"}", MediaType.APPLICATION_JSON));
        assertThat(signIn.getStatus()).as("POST /api/v1/sign-in/local").isEqualTo(200);
        JsonObject session = signIn.readEntity(JsonObject.class);
        assertThat(session.getString("tokenType")).isEqualTo("Bearer");
        assertThat(session.getJsonObject("user").getString("jurisdiction")).isEqualTo("510104022000");

        assertThat(api("/api/v1/areas/510104022000", "Bearer " + session.getString("token")).get().getStatus())
                .as("the minted token opens the API").isEqualTo(200);
        Response unknown = target.path("/api/v1/sign-in/local").request()
                .post(Entity.entity("{\"user\":\"nobody\"}", MediaType.APPLICATION_JSON));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(unknown.readEntity(JsonObject.class).getString("field")).as("the problem names the field").isEqualTo("user");
    }
}
