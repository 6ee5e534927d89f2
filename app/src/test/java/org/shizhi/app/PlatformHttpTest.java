package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The started platform, over HTTP: health, contract, errors, and the demo area tree. */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:platform-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class PlatformHttpTest {

    @Inject
    WebTarget target;

    @Test
    void healthIsUpWithAReadinessCheckThatTouchesTheDatabase() {
        Response response = target.path("/health").request().get();

        assertThat(response.getStatus()).as("GET /health status").isEqualTo(200);
        String body = response.readEntity(String.class);
        assertThat(body).as("health body").contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
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
        Response response = target.path("/api/v1/areas").request()
                .post(Entity.entity("{\"areas\": [{\"code\": \"510104000000\", ", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:malformed-json");
        assertThat(problem.getString("detail")).doesNotContain("com.fasterxml");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        Response response = target.path("/api/v1/areas").request()
                .post(Entity.json("{\"areas\": [{\"code\": \"510104000000\", \"name\": \"锦江区\", \"mayor\": \"x\"}]}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("field")).isEqualTo("areas[0].mayor");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Response response = target.path("/api/v1/areas").request()
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
        Response response = target.path("/api/v1/areas").request().post(Entity.json(batch));

        assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(201);
        assertThat(target.path("/api/v1/areas/510104098000/children").request().get(String.class)).contains("后列社区");
    }

    @Test
    void theDemoCitiesAreLoadedWithTheirRealDistricts() {
        JsonObject chengdu = target.path("/api/v1/areas/510100").request().get(JsonObject.class);
        assertThat(chengdu.getString("name")).isEqualTo("成都市");
        assertThat(chengdu.getString("level")).isEqualTo("CITY");

        String districts = target.path("/api/v1/areas/440800000000/children").request().get(String.class);
        assertThat(districts).as("Zhanjiang's districts").contains("赤坎区").contains("霞山区").contains("麻章区");
    }

    @Test
    void aBatchWithOneBadAreaIsRefusedNamingItAndStoresNone() {
        String batch = """
                {"areas": [
                  {"code": "510104001000", "name": "测试街道"},
                  {"code": "51010400100X", "name": "坏编码社区"}
                ]}""";
        Response response = target.path("/api/v1/areas").request().post(Entity.json(batch));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:invalid-value");
        assertThat(problem.getString("field")).isEqualTo("areas[1].code");
        assertThat(target.path("/api/v1/areas/510104001000").request().get().getStatus())
                .as("the good first area of the refused batch").isEqualTo(404);
    }

    @Test
    void registeringAnAreaAnswers201WithItsLocation() {
        Response response = target.path("/api/v1/areas").request()
                .post(Entity.json("{\"areas\": [{\"code\": \"510104099000\", \"name\": \"示范街道\"}]}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/areas/510104099000");
        assertThat(target.path("/api/v1/areas/510104099000").request().get(JsonObject.class).getString("parentCode"))
                .isEqualTo("510104000000");
    }

    @Test
    void theLoadedPluginsAreListedWithTheCitiesThatEnableThem() {
        JsonObject plugins = target.path("/api/v1/plugins").request().get(JsonObject.class);

        var zhanjiang = plugins.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("zhanjiang")).findFirst();
        assertThat(zhanjiang).as("the zhanjiang plugin in " + plugins).isPresent();
        assertThat(zhanjiang.get().getString("origin")).isEqualTo("classpath");
        assertThat(zhanjiang.get().getString("spiVersion")).isEqualTo("1.0");
        assertThat(zhanjiang.get().getJsonArray("enabledForCities").getString(0)).isEqualTo("440800");
    }
}
