package org.shizhi.adapters.rest.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.model.GeoJsonPointJson;
import org.shizhi.adapters.rest.model.GeoJsonPolygonJson;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * GeoJSON (RFC 7946) in and out: a Polygon's exterior ring becomes the domain's {@link Boundary}, a Point its
 * {@link Position}. The domain checks the ring (closed, 4–5 000 positions, not crossing itself, within one degree); a
 * refusal is renamed to the place in the request, {@code boundary} to {@code <prefix>coordinates[0]} and
 * {@code boundary[7]} to {@code <prefix>coordinates[0][7]}.
 */
public final class GeoJson {

    private static final Pattern POSITION_FIELD = Pattern.compile("boundary\\[(\\d+)]");

    private GeoJson() {
    }

    /**
     * The boundary a Polygon draws, or none for an absent one.
     *
     * @param prefix where the polygon sits in the request, {@code "boundary."}, or {@code ""} for a whole body
     */
    public static Optional<Boundary> boundary(GeoJsonPolygonJson polygon, String prefix) {
        if (polygon == null) {
            return Optional.empty();
        }
        List<List<List<Double>>> rings = polygon.getCoordinates();
        if (rings == null || rings.isEmpty()) {
            throw new InvalidValueException(prefix + "coordinates", "a Polygon needs its exterior ring");
        }
        if (rings.size() > 1) {
            throw new InvalidValueException(prefix + "coordinates[1]", "a grid is one piece of its community: a boundary"
                    + " has its exterior ring only, without holes");
        }
        try {
            return Optional.of(Boundary.of(rings.getFirst()));
        } catch (InvalidValueException e) {
            String field = e.field().orElse("boundary");
            Matcher position = POSITION_FIELD.matcher(field);
            String renamed = position.matches() ? prefix + "coordinates[0][" + position.group(1) + "]" : prefix + "coordinates[0]";
            throw new InvalidValueException(renamed, e.getMessage());
        }
    }

    public static GeoJsonPolygonJson polygon(Boundary boundary) {
        List<List<Double>> ring = new ArrayList<>(boundary.ring().size());
        for (Position p : boundary.ring()) {
            ring.add(List.of(p.lon(), p.lat()));
        }
        return new GeoJsonPolygonJson(GeoJsonPolygonJson.TypeEnum.POLYGON, List.of(ring));
    }

    /** The position a Point gives, or none for an absent one; {@code field} names the point in the request. */
    public static Optional<Position> position(GeoJsonPointJson point, String field) {
        if (point == null) {
            return Optional.empty();
        }
        List<Double> coordinates = point.getCoordinates();
        if (coordinates == null || coordinates.size() < 2 || coordinates.size() > 3 || coordinates.get(0) == null
                || coordinates.get(1) == null) {
            throw new InvalidValueException(field + ".coordinates", "a Point's coordinates are [longitude, latitude] with an optional altitude");
        }
        try {
            return Optional.of(new Position(coordinates.get(0), coordinates.get(1)));
        } catch (InvalidValueException e) {
            String index = "lat".equals(e.field().orElse("")) ? "[1]" : "[0]";
            throw new InvalidValueException(field + ".coordinates" + index, e.getMessage());
        }
    }

    public static GeoJsonPointJson point(Position position) {
        return new GeoJsonPointJson(GeoJsonPointJson.TypeEnum.POINT, List.of(position.lon(), position.lat()));
    }
}
