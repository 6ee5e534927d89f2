package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;

/** A WGS-84 position in GeoJSON order: longitude, then latitude, in degrees. */
public record Position(double lon, double lat) {

    public Position {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidValueException("lon", "longitude must be a number between -180 and 180, got " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidValueException("lat", "latitude must be a number between -90 and 90, got " + lat);
        }
    }
}
