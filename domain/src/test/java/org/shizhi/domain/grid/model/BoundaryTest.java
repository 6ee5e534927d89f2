package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class BoundaryTest {

    private static List<List<Double>> ring(double... lonLat) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(List.of(lonLat[i], lonLat[i + 1]));
        }
        return ring;
    }

    @Test
    void aClosedRingAroundABlockOfChengduIsABoundary() {
        Boundary block = Boundary.of(ring(104.080, 30.655, 104.083, 30.655, 104.083, 30.658, 104.080, 30.658, 104.080, 30.655));

        assertThat(block.ring()).hasSize(5).first().isEqualTo(new Position(104.080, 30.655));
    }

    @Test
    void aRingThatDoesNotCloseIsRefusedSayingSo() {
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.083, 30.655, 104.083, 30.658, 104.080, 30.658)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must close")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("boundary"));
    }

    @Test
    void aRingOfFewerThanFourPositionsIsRefused() {
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.083, 30.655, 104.080, 30.655)))
                .hasMessageContaining("at least 4 positions");
    }

    @Test
    void aPositionOutsideTheWgs84BoundsIsRefusedNamingItsIndex() {
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.083, 30.655, 30.658, 104.083, 104.080, 30.655)))
                .as("latitude and longitude swapped in the third position")
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("latitude must be a number between -90 and 90")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("boundary[2]"));
        assertThatThrownBy(() -> new Position(Double.NaN, 30)).hasMessageContaining("longitude");
    }

    @Test
    void aBowTieThatCrossesItselfIsRefused() {
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.083, 30.658, 104.083, 30.655, 104.080, 30.658, 104.080, 30.655)))
                .hasMessageContaining("must not cross itself");
    }

    @Test
    void aRingWithoutAreaIsRefused() {
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.081, 30.656, 104.082, 30.657, 104.080, 30.655)))
                .hasMessageContaining("enclose an area");
        assertThatThrownBy(() -> Boundary.of(ring(104.080, 30.655, 104.081, 30.656, 104.080, 30.655, 104.081, 30.656, 104.080, 30.655)))
                .hasMessageContaining("3 distinct positions");
    }

    @Test
    void aPositionRepeatedRightAfterItselfIsDroppedNotTakenForACrossing() {
        Boundary block = Boundary.of(ring(104.080, 30.655, 104.083, 30.655, 104.083, 30.655, 104.083, 30.658, 104.080, 30.658,
                104.080, 30.655));

        assertThat(block.ring()).hasSize(5);
    }

    @Test
    void aRingSpanningMoreThanADegreeIsRefusedAsAUnitMistake() {
        assertThatThrownBy(() -> Boundary.of(ring(100, 30, 106, 30, 106, 31, 100, 31, 100, 30)))
                .hasMessageContaining("at most 1.0° of longitude");
    }

    @Test
    void anAltitudeIsDroppedAndAMalformedPositionIsRefused() {
        Boundary withAltitude = Boundary.of(List.of(List.of(104.080, 30.655, 500.0), List.of(104.083, 30.655),
                List.of(104.083, 30.658), List.of(104.080, 30.655, 500.0)));
        assertThat(withAltitude.ring().getFirst()).isEqualTo(new Position(104.080, 30.655));

        assertThatThrownBy(() -> Boundary.of(List.of(List.of(104.080), List.of(104.083, 30.655))))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("boundary[0]"));
    }
}
