package org.shizhi.domain.grid.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The outline of a grid: the exterior ring of a GeoJSON Polygon (RFC 7946), WGS-84, longitude first. Holes are not
 * kept: a grid is one piece of a community. Refused, with the rule named:
 * <ul>
 *   <li>fewer than 4 positions, or more than {@value #MAX_POSITIONS};</li>
 *   <li>a ring that does not close (first position ≠ last);</li>
 *   <li>a position outside the WGS-84 bounds (longitude −180…180, latitude −90…90);</li>
 *   <li>self-evident garbage: fewer than 3 distinct positions, edges that cross or touch each other, no area, or an extent
 *       over {@value #MAX_EXTENT_DEGREES}° in longitude or latitude (a grid is part of one community; a ring that
 *       wide is a unit or order mistake, such as projected metres read as degrees).</li>
 * </ul>
 * A position repeated right after itself is dropped. The winding order is not checked: GeoJSON readers must accept
 * both (RFC 7946 §3.1.6).
 *
 * <p>Parsing GeoJSON text is an adapter's job; {@link #of(List)} takes the coordinate lists it yields.
 */
public record Boundary(List<Position> ring) {

    public static final int MAX_POSITIONS = 5_000;
    public static final double MAX_EXTENT_DEGREES = 1.0;
    private static final String FIELD = "boundary";
    /** Twice the smallest area a ring must enclose, in square degrees: about a hundredth of a square metre. */
    private static final double MIN_DOUBLE_AREA = 1e-12;

    public Boundary {
        if (ring == null) {
            throw new InvalidValueException(FIELD, "a boundary needs its ring of positions");
        }
        ring = withoutRepeats(ring);
        if (ring.size() < 4) {
            throw new InvalidValueException(FIELD, "a boundary ring needs at least 4 positions (a triangle and its closing"
                    + " position), got " + ring.size());
        }
        if (ring.size() > MAX_POSITIONS) {
            throw new InvalidValueException(FIELD, "a boundary ring may have at most " + MAX_POSITIONS + " positions, got " + ring.size());
        }
        if (!ring.getFirst().equals(ring.getLast())) {
            throw new InvalidValueException(FIELD, "a boundary ring must close: its last position " + text(ring.getLast())
                    + " must equal its first " + text(ring.getFirst()));
        }
        if (new HashSet<>(ring).size() < 3) {
            throw new InvalidValueException(FIELD, "a boundary ring needs at least 3 distinct positions");
        }
        checkExtent(ring);
        checkNoCrossingEdges(ring);
        if (Math.abs(signedArea(ring)) < MIN_DOUBLE_AREA) {
            throw new InvalidValueException(FIELD, "a boundary ring must enclose an area; all its positions lie on one line");
        }
    }

    /** The ring without a position repeated right after itself (harmless in GeoJSON, but a zero-length edge). */
    private static List<Position> withoutRepeats(List<Position> ring) {
        List<Position> kept = new ArrayList<>(ring.size());
        for (Position p : ring) {
            if (p == null) {
                throw new InvalidValueException(FIELD, "a boundary ring must not contain a null position");
            }
            if (kept.isEmpty() || !kept.getLast().equals(p)) {
                kept.add(p);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The boundary from GeoJSON coordinates of a ring: a list of {@code [lon, lat]} or {@code [lon, lat, altitude]}
     * lists (the altitude is dropped). The field of a refusal names the position: {@code boundary[3]}.
     */
    public static Boundary of(List<List<Double>> coordinates) {
        if (coordinates == null) {
            throw new InvalidValueException(FIELD, "a boundary needs its ring of positions");
        }
        List<Position> ring = new ArrayList<>(coordinates.size());
        for (int i = 0; i < coordinates.size(); i++) {
            List<Double> pair = coordinates.get(i);
            String field = FIELD + "[" + i + "]";
            if (pair == null || pair.size() < 2 || pair.size() > 3 || pair.get(0) == null || pair.get(1) == null) {
                throw new InvalidValueException(field, "a position is [longitude, latitude] with an optional altitude");
            }
            try {
                ring.add(new Position(pair.get(0), pair.get(1)));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(field, e.getMessage());
            }
        }
        return new Boundary(ring);
    }

    /**
     * Twice the signed area in square degrees (shoelace), positive for a counter-clockwise ring; computed relative to
     * the first position so that large coordinates do not swamp a small grid in rounding.
     */
    static double signedArea(List<Position> ring) {
        Position origin = ring.getFirst();
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double ax = ring.get(i).lon() - origin.lon();
            double ay = ring.get(i).lat() - origin.lat();
            double bx = ring.get(i + 1).lon() - origin.lon();
            double by = ring.get(i + 1).lat() - origin.lat();
            sum += ax * by - bx * ay;
        }
        return sum;
    }

    private static void checkExtent(List<Position> ring) {
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (Position p : ring) {
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
        }
        if (maxLon - minLon > MAX_EXTENT_DEGREES || maxLat - minLat > MAX_EXTENT_DEGREES) {
            throw new InvalidValueException(FIELD, "a grid boundary may span at most " + MAX_EXTENT_DEGREES
                    + "° of longitude and of latitude; this one spans " + round(maxLon - minLon) + "° by " + round(maxLat - minLat) + "°");
        }
    }

    /** Edges i and j that are not neighbours must not touch or cross. O(n²), bounded by MAX_POSITIONS. */
    private static void checkNoCrossingEdges(List<Position> ring) {
        int edges = ring.size() - 1;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 2; j < edges; j++) {
                if (i == 0 && j == edges - 1) {
                    continue; // the first and the last edge share the closing position
                }
                if (intersect(ring.get(i), ring.get(i + 1), ring.get(j), ring.get(j + 1))) {
                    throw new InvalidValueException(FIELD, "a boundary ring must not cross itself: edge " + i + " ("
                            + text(ring.get(i)) + "–" + text(ring.get(i + 1)) + ") meets edge " + j + " ("
                            + text(ring.get(j)) + "–" + text(ring.get(j + 1)) + ")");
                }
            }
        }
    }

    private static boolean intersect(Position p1, Position p2, Position q1, Position q2) {
        double d1 = cross(q1, q2, p1);
        double d2 = cross(q1, q2, p2);
        double d3 = cross(p1, p2, q1);
        double d4 = cross(p1, p2, q2);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(q1, q2, p1)) || (d2 == 0 && onSegment(q1, q2, p2))
                || (d3 == 0 && onSegment(p1, p2, q1)) || (d4 == 0 && onSegment(p1, p2, q2));
    }

    private static double cross(Position a, Position b, Position c) {
        return (b.lon() - a.lon()) * (c.lat() - a.lat()) - (b.lat() - a.lat()) * (c.lon() - a.lon());
    }

    private static boolean onSegment(Position a, Position b, Position p) {
        return Math.min(a.lon(), b.lon()) <= p.lon() && p.lon() <= Math.max(a.lon(), b.lon())
                && Math.min(a.lat(), b.lat()) <= p.lat() && p.lat() <= Math.max(a.lat(), b.lat());
    }

    private static String text(Position p) {
        return "[" + p.lon() + ", " + p.lat() + "]";
    }

    private static String round(double degrees) {
        return String.format(Locale.ROOT, "%.3f", degrees);
    }
}
