package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.InvalidValueException;

/** Areas to add to the tree, parents before or together with their children. */
public record RegisterAreasCommand(List<Area> areas) {

    public static final int MAX_AREAS = 50_000;

    public RegisterAreasCommand {
        if (areas == null || areas.isEmpty()) {
            throw new InvalidValueException("areas", "at least one area is required");
        }
        if (areas.size() > MAX_AREAS) {
            throw new InvalidValueException("areas", "at most " + MAX_AREAS + " areas may be registered at once");
        }
        areas = List.copyOf(areas);
    }
}
