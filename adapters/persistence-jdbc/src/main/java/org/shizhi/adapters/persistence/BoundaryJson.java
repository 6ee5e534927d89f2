package org.shizhi.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Position;

/**
 * A grid's boundary in its column: a GeoJSON Polygon geometry (RFC 7946) with the exterior ring only,
 * {@code {"type":"Polygon","coordinates":[[[104.08,30.655],...]]}}, so that GIS tools (PostGIS's
 * {@code ST_GeomFromGeoJSON}, for one) read the column as it is. Numbers are written with {@link Double#toString},
 * which reads back to the same double: a boundary comes back exactly as it was stored.
 *
 * <p>The reader reads what the writer wrote, not GeoJSON in general: the text of the column is this adapter's own.
 */
final class BoundaryJson {

    private static final String HEAD = "{\"type\":\"Polygon\",\"coordinates\":[";

    private BoundaryJson() {
    }

    static String write(Boundary boundary) {
        StringBuilder json = new StringBuilder(HEAD.length() + 40 * boundary.ring().size()).append(HEAD).append('[');
        for (int i = 0; i < boundary.ring().size(); i++) {
            Position p = boundary.ring().get(i);
            json.append(i == 0 ? "" : ",").append('[').append(p.lon()).append(',').append(p.lat()).append(']');
        }
        return json.append("]]}").toString();
    }

    static Boundary read(String json) {
        if (!json.startsWith(HEAD)) {
            throw new IllegalStateException("a stored boundary is not the Polygon this adapter writes");
        }
        List<Double> numbers = new ArrayList<>();
        int i = HEAD.length();
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '-' || (c >= '0' && c <= '9')) {
                int end = i;
                while (end < json.length() && "+-.eE0123456789".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                numbers.add(Double.parseDouble(json.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        if (numbers.size() % 2 != 0) {
            throw new IllegalStateException("a stored boundary has an odd number of coordinates");
        }
        List<Position> ring = new ArrayList<>(numbers.size() / 2);
        for (int k = 0; k < numbers.size(); k += 2) {
            ring.add(new Position(numbers.get(k), numbers.get(k + 1)));
        }
        return new Boundary(ring);
    }
}
