package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.GeoJsonPointJson;
import org.shizhi.adapters.rest.model.GeoJsonPolygonJson;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.shared.InvalidValueException;

class GeoJsonTest {

    private static final List<List<Double>> SQUARE = List.of(
            List.of(104.0801, 30.6571), List.of(104.0832, 30.6571), List.of(104.0832, 30.6598), List.of(104.0801, 30.6598),
            List.of(104.0801, 30.6571));

    private static GeoJsonPolygonJson polygon(List<List<List<Double>>> rings) {
        return new GeoJsonPolygonJson(GeoJsonPolygonJson.TypeEnum.POLYGON, rings);
    }

    private static void refusedAt(GeoJsonPolygonJson polygon, String prefix, String field, String message) {
        assertThatThrownBy(() -> GeoJson.boundary(polygon, prefix))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains(field))
                .hasMessageContaining(message);
    }

    @Test
    void aClosedRingIsTheBoundaryAndComesBackAsTheSamePolygon() {
        Boundary boundary = GeoJson.boundary(polygon(List.of(SQUARE)), "boundary.").orElseThrow();

        assertThat(boundary.ring()).hasSize(5).first().isEqualTo(new Position(104.0801, 30.6571));
        assertThat(GeoJson.polygon(boundary)).isEqualTo(polygon(List.of(SQUARE)));
    }

    @Test
    void aRingThatDoesNotCloseIsRefusedNamingTheRingInTheRequest() {
        var open = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3), List.of(104.0805, 30.6575));

        refusedAt(polygon(List.of(open)), "boundary.", "boundary.coordinates[0]", "must close");
        refusedAt(polygon(List.of(open)), "", "coordinates[0]", "must close");
    }

    @Test
    void aBadPositionIsNamedByItsIndex() {
        var ring = List.of(SQUARE.get(0), SQUARE.get(1), List.of(104.0832, 95.0), SQUARE.get(3), SQUARE.get(4));

        refusedAt(polygon(List.of(ring)), "", "coordinates[0][2]", "latitude");
    }

    @Test
    void holesAndMissingRingsAreRefused() {
        refusedAt(polygon(List.of(SQUARE, SQUARE)), "", "coordinates[1]", "without holes");
        refusedAt(polygon(List.of()), "boundary.", "boundary.coordinates", "exterior ring");
    }

    @Test
    void anAbsentPolygonIsNoBoundary() {
        assertThat(GeoJson.boundary(null, "boundary.")).isEmpty();
    }

    @Test
    void aPointIsLongitudeThenLatitude() {
        assertThat(GeoJson.position(new GeoJsonPointJson(GeoJsonPointJson.TypeEnum.POINT, List.of(104.08, 30.66)), "location"))
                .contains(new Position(104.08, 30.66));
        assertThat(GeoJson.point(new Position(104.08, 30.66)).getCoordinates()).containsExactly(104.08, 30.66);
        assertThatThrownBy(() -> GeoJson.position(new GeoJsonPointJson(GeoJsonPointJson.TypeEnum.POINT, List.of(30.66, 204.08)), "location"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("location.coordinates[1]"));
        assertThatThrownBy(() -> GeoJson.position(new GeoJsonPointJson(GeoJsonPointJson.TypeEnum.POINT, List.of(104.08)), "location"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("location.coordinates"));
    }
}
