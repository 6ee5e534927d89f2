package org.shizhi.adapters.rest.grid;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.GeoJsonPolygon;
import org.shizhi.adapters.rest.model.Grid;
import org.shizhi.adapters.rest.model.GridMember;
import org.shizhi.adapters.rest.model.GridMemberAssigned;
import org.shizhi.adapters.rest.model.GridPage;
import org.shizhi.adapters.rest.model.GridPost;
import org.shizhi.adapters.rest.model.GridTier;
import org.shizhi.adapters.rest.model.NewGrid;
import org.shizhi.adapters.rest.model.NewGridMember;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

class GridsResourceTest {

    private final RestWorld world = new RestWorld();

    private static final List<List<Double>> SQUARE = List.of(
            List.of(104.0801, 30.6571), List.of(104.0832, 30.6571), List.of(104.0832, 30.6598), List.of(104.0801, 30.6598),
            List.of(104.0801, 30.6571));

    private Response create(String name, GridTier tier, String parent) {
        NewGrid grid = new NewGrid(RestWorld.ZONGFU.value(), tier, name).parentCode(parent);
        return world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(grid, null);
    }

    @Test
    void aCreatedGridAnswers201WithItsLocationAndETag() {
        NewGrid request = new NewGrid(RestWorld.ZONGFU.value(), GridTier.TOTAL, "总府路社区总网格")
                .boundary(new GeoJsonPolygon(GeoJsonPolygon.TypeEnum.POLYGON, List.of(SQUARE)));

        Response response = world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(request, null);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).isEqualTo("/api/v1/grids/510104022001000");
        assertThat(response.getEntityTag().getValue()).isEqualTo("1");
        Grid grid = (Grid) response.getEntity();
        assertThat(grid.getCode()).isEqualTo("510104022001000");
        assertThat(grid.getBoundary().getCoordinates()).containsExactly(SQUARE);
        assertThat(grid.getLacksResponsibleWorker()).isTrue();
    }

    @Test
    void aRingThatDoesNotCloseIsRefusedNamingItsPlaceInTheBodyAndNothingIsCreated() {
        var open = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3), List.of(104.09, 30.66));
        NewGrid request = new NewGrid(RestWorld.ZONGFU.value(), GridTier.TOTAL, "总网格")
                .boundary(new GeoJsonPolygon(GeoJsonPolygon.TypeEnum.POLYGON, List.of(open)));

        assertThatThrownBy(() -> world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(request, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("boundary.coordinates[0]"));
        assertThat(world.gridRepository.ofCommunity(RestWorld.ZONGFU)).isEmpty();
    }

    @Test
    void aMicroGridWithoutParentNamesTheRequestsField() {
        assertThatThrownBy(() -> create("微网格", GridTier.MICRO, null))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(((org.shizhi.adapters.rest.model.Problem) e.getResponse().getEntity()).getField()).isEqualTo("parentCode");
                });
    }

    @Test
    void redrawingNeedsTheCurrentVersionAndAnswersTheNextETag() {
        create("总网格", GridTier.TOTAL, null);
        GeoJsonPolygon square = new GeoJsonPolygon(GeoJsonPolygon.TypeEnum.POLYGON, List.of(SQUARE));

        Response redrawn = world.grids.redrawGridBoundary("510104022001000", "\"1\"", square);

        assertThat(redrawn.getStatus()).isEqualTo(200);
        assertThat(redrawn.getEntityTag().getValue()).isEqualTo("2");
        assertThatThrownBy(() -> world.grids.redrawGridBoundary("510104022001000", "\"1\"", square))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(412);
                    assertThat(((org.shizhi.adapters.rest.model.Problem) e.getResponse().getEntity()).getField()).isEqualTo("If-Match");
                });
        assertThatThrownBy(() -> world.grids.removeGridBoundary("510104022001000", null))
                .isInstanceOfSatisfying(jakarta.ws.rs.WebApplicationException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(428));
        Response removed = world.grids.removeGridBoundary("510104022001000", "\"2\"");
        assertThat(((Grid) removed.getEntity()).getBoundary()).isNull();
    }

    @Test
    void membersComeMaskedUnlessTheCallerMayReadPersonalData() {
        create("总网格", GridTier.TOTAL, null);
        Response assigned = world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).grids.assignGridMember("510104022001000", "\"1\"",
                new NewGridMember(GridPost.RESPONSIBLE_WORKER, "王芳", "+86 138-1234-5678"), null);
        var body = (GridMemberAssigned) assigned.getEntity();
        String member = body.getMemberId().toString();

        assertThat(assigned.getStatus()).isEqualTo(201);
        assertThat(assigned.getLocation().toString()).isEqualTo("/api/v1/grids/510104022001000/members/" + member);
        assertThat(assigned.getEntityTag().getValue()).isEqualTo("2");
        GridMember masked = (GridMember) world.as(RestWorld.ZONGFU, Role.GRID_WORKER).grids
                .getGridMember("510104022001000", body.getMemberId(), null).getEntity();
        assertThat(masked.getName()).isEqualTo("王*");
        assertThat(masked.getContact()).isEqualTo("138****5678");
        GridMember clear = (GridMember) world.as(RestWorld.ZONGFU, Role.GRID_WORKER, Privilege.PERSONAL_DATA).grids
                .getGridMember("510104022001000", body.getMemberId(), null).getEntity();
        assertThat(clear.getName()).isEqualTo("王芳");
        assertThat(clear.getContact()).isEqualTo("13812345678");
    }

    @Test
    void aBadMobileIsNamedAsTheRequestNamesIt() {
        create("总网格", GridTier.TOTAL, null);

        assertThatThrownBy(() -> world.grids.assignGridMember("510104022001000", "\"1\"",
                new NewGridMember(GridPost.ASSISTANT_WORKER, "王芳", "12345"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("contact"));
    }

    @Test
    void theGridsOfACommunityPageByCodeAndTheGapsListThoseWithoutAWorker() {
        create("总网格", GridTier.TOTAL, null);
        for (int i = 1; i <= 4; i++) {
            create("第" + i + "网格", GridTier.GENERAL, "510104022001000");
        }

        GridPage first = (GridPage) world.grids.listCommunityGrids("510104022001", null, 3, null).getEntity();
        GridPage second = (GridPage) world.grids.listCommunityGrids("510104022001", first.getNextCursor(), 3, null).getEntity();
        GridPage gaps = (GridPage) world.grids.listGridsLackingResponsibleWorker("510104", null, 10, null).getEntity();

        assertThat(first.getItems()).extracting(Grid::getCode)
                .containsExactly("510104022001000", "510104022001001", "510104022001002");
        assertThat(second.getItems()).extracting(Grid::getCode).containsExactly("510104022001003", "510104022001004");
        assertThat(second.getNextCursor()).isNull();
        assertThat(gaps.getItems()).hasSize(5);
        assertThatThrownBy(() -> world.grids.listCommunityGrids("510104022000", null, 3, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void aGridOutsideTheJurisdictionIsNotFound() {
        create("总网格", GridTier.TOTAL, null);

        assertThatThrownBy(() -> world.as(RestWorld.HONGXING, Role.GRID_WORKER).grids.getGrid("510104022001000", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.grids.getGrid("51010402200100", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("gridCode"));
    }
}
