package org.shizhi.domain.spi;

import java.util.List;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.shared.AreaCode;

/** What indicators may read (SPI 1.3): the grids of an area with who is on them, and an area's events of a period. */
public interface AssessmentReads {

    /** One grid with the posts its members hold. */
    record GridStaffing(org.shizhi.domain.grid.model.GridCode code, GridTier tier, List<StaffPlacement> staff) {
        public GridStaffing {
            staff = List.copyOf(staff);
        }
    }

    /** Every grid inside the area, building sub-grids included, by code. */
    List<GridStaffing> grids(AreaCode area);

    /** The area's events reported in the period, or open or closed in it (as the weekly digest reads them). */
    List<GridEvent> events(AreaCode area, AssessmentPeriod period);
}
