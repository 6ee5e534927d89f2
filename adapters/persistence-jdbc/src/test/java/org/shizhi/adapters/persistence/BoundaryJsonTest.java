package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Position;

class BoundaryJsonTest {

    @Test
    void aBoundaryIsAGeoJsonPolygonThatReadsBackToTheSameDoubles() {
        double east = 104.08 + 0.003; // not exactly 104.083 in binary: its shortest decimal form must still read back
        double north = 0.1 + 0.2;
        Boundary ring = new Boundary(List.of(new Position(104.08, 0.0), new Position(east, 0.0), new Position(east, north),
                new Position(104.08, north), new Position(104.08, 0.0)));
        Boundary nearZero = new Boundary(List.of(new Position(-1e-5, -0.5), new Position(0.25, -0.5), new Position(0.25, 1.0E-7),
                new Position(-1e-5, -0.5)));

        String json = BoundaryJson.write(ring);

        assertThat(json).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[104.08,0.0],[" + east + ",0.0],[" + east + ","
                + north + "],[104.08," + north + "],[104.08,0.0]]]}");
        assertThat(BoundaryJson.read(json)).isEqualTo(ring);
        assertThat(BoundaryJson.write(nearZero)).contains("-1.0E-5").contains("1.0E-7");
        assertThat(BoundaryJson.read(BoundaryJson.write(nearZero))).isEqualTo(nearZero);
    }
}
