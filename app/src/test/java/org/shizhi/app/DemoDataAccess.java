package org.shizhi.app;

import java.util.List;
import org.shizhi.domain.grid.model.Area;

/** The demo area tree, for tests of other packages. */
public final class DemoDataAccess {

    private DemoDataAccess() {
    }

    public static List<Area> areas() {
        return DemoData.areas();
    }
}
