package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiClient;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.model.AdminLevel;
import org.shizhi.client.model.Area;
import org.shizhi.client.model.AreasRegistered;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.Plugin;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;

/**
 * The grid's area tree and the plugin list, end to end: the real platform, called only through the
 * client generated from the contract, as a Chengdu integrator (the role that builds on the API).
 * Codes registered here (510104201xxx to 510104203xxx) are used by no other test.
 */
class AreasAndPluginsEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "INTEGRATOR");

    @Test
    void theDemoCityIsReadWithItsDistricts() throws ApiException {
        AreasApi areas = platform.areas();

        Area chengdu = areas.getArea("510100");
        assertThat(chengdu.getCode()).as("the 6-digit code answers with the 12-digit form").isEqualTo("510100000000");
        assertThat(chengdu.getName()).isEqualTo("成都市");
        assertThat(chengdu.getLevel()).isEqualTo(AdminLevel.CITY);
        assertThat(chengdu.getParentCode()).as("a city has no parentCode").isNull();

        List<Area> districts = areas.listAreaChildren("510100").getItems();
        assertThat(districts).as("Chengdu's districts").isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.getLevel()).isEqualTo(AdminLevel.DISTRICT);
                    assertThat(d.getParentCode()).isEqualTo("510100000000");
                });
        assertThat(districts).extracting(Area::getCode).as("in code order").isSorted();
        assertThat(districts).filteredOn(d -> d.getCode().equals("510104000000"))
                .extracting(Area::getName).containsExactly("锦江区");
    }

    @Test
    void aStreetAndACommunityRegisteredUnderJinjiangAreReadBack() throws ApiException {
        AreasApi areas = platform.areas();
        RegisterAreasRequest batch = new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104201000").name("端到端街道"))
                .addAreasItem(new NewArea().code("510104201001").name("端到端社区"));

        ApiResponse<AreasRegistered> registered = areas.registerAreasWithHttpInfo(batch, null);

        assertThat(registered.getStatusCode()).isEqualTo(201);
        assertThat(registered.getData().getCount()).isEqualTo(2);
        assertThat(registered.getHeaders().get("location")).as("Location header").singleElement()
                .satisfies(location -> assertThat(URI.create(location).getPath()).isEqualTo("/api/v1/areas/510104201000"));

        Area street = areas.getArea("510104201000");
        assertThat(street.getName()).isEqualTo("端到端街道");
        assertThat(street.getLevel()).isEqualTo(AdminLevel.STREET);
        assertThat(street.getParentCode()).isEqualTo("510104000000");

        Area community = areas.getArea("510104201001");
        assertThat(community.getName()).isEqualTo("端到端社区");
        assertThat(community.getLevel()).isEqualTo(AdminLevel.COMMUNITY);
        assertThat(community.getParentCode()).isEqualTo("510104201000");

        assertThat(areas.listAreaChildren("510104201000").getItems())
                .extracting(Area::getCode, Area::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("510104201001", "端到端社区"));
        assertThat(areas.listAreaChildren("510104").getItems()).extracting(Area::getCode).contains("510104201000");
    }

    @Test
    void aRefusedRegistrationIsAnApiExceptionWithAProblemNamingTheField() throws JsonProcessingException {
        ApiClient client = platform.client();
        AreasApi areas = new AreasApi(client);
        RegisterAreasRequest batch = new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104202000").name("好编码街道"))
                .addAreasItem(new NewArea().code("51010420200X").name("坏编码社区"));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> areas.registerAreas(batch, null));

        assertThat(refused).as("registering a bad code").isNotNull();
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:shizhi:problem:invalid-value"));
        assertThat(problem.getTitle()).isEqualTo("Invalid value");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getField()).isEqualTo("areas[1].code");
        assertThat(problem.getDetail()).contains("51010420200X");

        ApiException notStored = catchThrowableOfType(ApiException.class, () -> areas.getArea("510104202000"));
        assertThat(notStored).as("the good first area of the refused batch was not stored").isNotNull();
        assertThat(notStored.getCode()).isEqualTo(404);
        Problem notFound = client.getObjectMapper().readValue(notStored.getResponseBody(), Problem.class);
        assertThat(notFound.getType()).isEqualTo(URI.create("urn:shizhi:problem:not-found"));
        assertThat(notFound.getField()).isNull();
    }

    @Test
    void withoutATokenTheCallIsA401ProblemAndWithTheWrongRoleA403() throws JsonProcessingException {
        ApiClient anonymous = platform.client(() -> null);
        ApiException unauthorized = catchThrowableOfType(ApiException.class, () -> new AreasApi(anonymous).getArea("510100"));

        assertThat(unauthorized).as("reading an area without a token").isNotNull();
        assertThat(unauthorized.getCode()).isEqualTo(401);
        assertThat(unauthorized.getResponseHeaders().firstValue("www-authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.getObjectMapper().readValue(unauthorized.getResponseBody(), Problem.class).getType())
                .isEqualTo(URI.create("urn:shizhi:problem:unauthorized"));

        ApiClient gridWorker = platform.clientAs("510100", "510104", "GRID_WORKER");
        AreasApi asGridWorker = new AreasApi(gridWorker);
        RegisterAreasRequest batch = new RegisterAreasRequest().addAreasItem(new NewArea().code("510104203000").name("无权街道"));
        ApiException forbidden = catchThrowableOfType(ApiException.class, () -> asGridWorker.registerAreas(batch, null));

        assertThat(forbidden).as("registering areas as a grid worker").isNotNull();
        assertThat(forbidden.getCode()).isEqualTo(403);
        assertThat(gridWorker.getObjectMapper().readValue(forbidden.getResponseBody(), Problem.class).getType())
                .isEqualTo(URI.create("urn:shizhi:problem:forbidden"));
    }

    @Test
    void theZhanjiangPluginIsListedAndEnabledForZhanjiang() throws ApiException {
        List<Plugin> plugins = platform.plugins().listPlugins().getItems();

        assertThat(plugins).extracting(Plugin::getId).as("ordered by id").isSorted();
        assertThat(plugins).filteredOn(p -> p.getId().equals("zhanjiang")).singleElement().satisfies(zhanjiang -> {
            assertThat(zhanjiang.getOrigin()).isEqualTo("classpath");
            assertThat(zhanjiang.getSpiVersion()).isEqualTo("1.3");
            assertThat(zhanjiang.getEnabledForCities()).contains("440800");
        });
    }
}
