package org.shizhi.adapters.rest.grid;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.GeoJsonPolygonJson;
import org.shizhi.adapters.rest.model.GridJson;
import org.shizhi.adapters.rest.model.GridMemberAssignedJson;
import org.shizhi.adapters.rest.model.GridMemberJson;
import org.shizhi.adapters.rest.model.GridPageJson;
import org.shizhi.adapters.rest.model.GridPostJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewGridMemberJson;
import org.shizhi.adapters.rest.model.ProblemJson;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

class GridsResourceTest {

    private final RestWorld world = new RestWorld();

    private static final List<List<Double>> SQUARE = List.of(
            List.of(104.0801, 30.6571), List.of(104.0832, 30.6571), List.of(104.0832, 30.6598), List.of(104.0801, 30.6598),
            List.of(104.0801, 30.6571));

    private Response create(String name, GridTierJson tier, String parent) {
        NewGridJson grid = new NewGridJson(RestWorld.ZONGFU.value(), tier, name).parentCode(parent);
        return world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(grid, null);
    }

    @Test
    void aCreatedGridAnswers201WithItsLocationAndETag() {
        NewGridJson request = new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.TOTAL, "总府路社区总网格")
                .boundary(new GeoJsonPolygonJson(GeoJsonPolygonJson.TypeEnum.POLYGON, List.of(SQUARE)));

        Response response = world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(request, null);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).isEqualTo("/api/v1/grids/510104022001000");
        assertThat(response.getEntityTag().getValue()).isEqualTo("1");
        GridJson grid = (GridJson) response.getEntity();
        assertThat(grid.getCode()).isEqualTo("510104022001000");
        assertThat(grid.getBoundary().getCoordinates()).containsExactly(SQUARE);
        assertThat(grid.getLacksResponsibleWorker()).isTrue();
    }

    @Test
    void aRingThatDoesNotCloseIsRefusedNamingItsPlaceInTheBodyAndNothingIsCreated() {
        var open = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3), List.of(104.09, 30.66));
        NewGridJson request = new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.TOTAL, "总网格")
                .boundary(new GeoJsonPolygonJson(GeoJsonPolygonJson.TypeEnum.POLYGON, List.of(open)));

        assertThatThrownBy(() -> world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(request, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("boundary.coordinates[0]"));
        assertThat(world.gridRepository.ofCommunity(RestWorld.ZONGFU)).isEmpty();
    }

    @Test
    void aMicroGridWithoutParentNamesTheRequestsField() {
        assertThatThrownBy(() -> create("微网格", GridTierJson.MICRO, null))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(((ProblemJson) e.getResponse().getEntity()).getField()).isEqualTo("parentCode");
                });
    }

    @Test
    void redrawingNeedsTheCurrentVersionAndAnswersTheNextETag() {
        create("总网格", GridTierJson.TOTAL, null);
        GeoJsonPolygonJson square = new GeoJsonPolygonJson(GeoJsonPolygonJson.TypeEnum.POLYGON, List.of(SQUARE));

        Response redrawn = world.grids.redrawGridBoundary("510104022001000", "\"1\"", square);

        assertThat(redrawn.getStatus()).isEqualTo(200);
        assertThat(redrawn.getEntityTag().getValue()).isEqualTo("2");
        assertThatThrownBy(() -> world.grids.redrawGridBoundary("510104022001000", "\"1\"", square))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(412);
                    assertThat(((ProblemJson) e.getResponse().getEntity()).getField()).isEqualTo("If-Match");
                });
        assertThatThrownBy(() -> world.grids.removeGridBoundary("510104022001000", null))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(428));
        Response removed = world.grids.removeGridBoundary("510104022001000", "\"2\"");
        assertThat(((GridJson) removed.getEntity()).getBoundary()).isNull();
    }

    @Test
    void membersComeMaskedUnlessTheCallerMayReadPersonalData() {
        create("总网格", GridTierJson.TOTAL, null);
        Response assigned = world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).grids.assignGridMember("510104022001000", "\"1\"",
                new NewGridMemberJson(GridPostJson.RESPONSIBLE_WORKER, "王芳", "+86 138-1234-5678"), null);
        var body = (GridMemberAssignedJson) assigned.getEntity();
        String member = body.getMemberId().toString();

        assertThat(assigned.getStatus()).isEqualTo(201);
        assertThat(assigned.getLocation().toString()).isEqualTo("/api/v1/grids/510104022001000/members/" + member);
        assertThat(assigned.getEntityTag().getValue()).isEqualTo("2");
        GridMemberJson masked = (GridMemberJson) world.as(RestWorld.ZONGFU, Role.GRID_WORKER).grids
                .getGridMember("510104022001000", body.getMemberId(), null).getEntity();
        assertThat(masked.getName()).isEqualTo("王*");
        assertThat(masked.getContact()).isEqualTo("138****5678");
        GridMemberJson clear = (GridMemberJson) world.as(RestWorld.ZONGFU, Role.GRID_WORKER, Privilege.PERSONAL_DATA).grids
                .getGridMember("510104022001000", body.getMemberId(), null).getEntity();
        assertThat(clear.getName()).isEqualTo("王芳");
        assertThat(clear.getContact()).isEqualTo("13812345678");
    }

    @Test
    void aBadMobileIsNamedAsTheRequestNamesIt() {
        create("总网格", GridTierJson.TOTAL, null);

        assertThatThrownBy(() -> world.grids.assignGridMember("510104022001000", "\"1\"",
                new NewGridMemberJson(GridPostJson.ASSISTANT_WORKER, "王芳", "12345"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("contact"));
    }

    @Test
    void theGridsOfACommunityPageByCodeAndTheGapsListThoseWithoutAWorker() {
        create("总网格", GridTierJson.TOTAL, null);
        for (int i = 1; i <= 4; i++) {
            create("第" + i + "网格", GridTierJson.GENERAL, "510104022001000");
        }

        GridPageJson first = (GridPageJson) world.grids.listCommunityGrids("510104022001", null, 3, null).getEntity();
        GridPageJson second = (GridPageJson) world.grids.listCommunityGrids("510104022001", first.getNextCursor(), 3, null).getEntity();
        GridPageJson gaps = (GridPageJson) world.grids.listGridsLackingResponsibleWorker("510104", null, 10, null).getEntity();

        assertThat(first.getItems()).extracting(GridJson::getCode)
                .containsExactly("510104022001000", "510104022001001", "510104022001002");
        assertThat(second.getItems()).extracting(GridJson::getCode).containsExactly("510104022001003", "510104022001004");
        assertThat(second.getNextCursor()).isNull();
        assertThat(gaps.getItems()).hasSize(5);
        assertThatThrownBy(() -> world.grids.listCommunityGrids("510104022000", null, 3, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void aGridOutsideTheJurisdictionIsNotFound() {
        create("总网格", GridTierJson.TOTAL, null);

        assertThatThrownBy(() -> world.as(RestWorld.HONGXING, Role.GRID_WORKER).grids.getGrid("510104022001000", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.grids.getGrid("51010402200100", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("gridCode"));
    }
}
