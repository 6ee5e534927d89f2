package org.shizhi.domain.consultation.port.in;

import java.time.YearMonth;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * The disclosure reports, computed by the store. Permission: {@link Permission#READ_CONSULTATION_REPORTS}; the area in
 * the caller's jurisdiction.
 */
public interface ConsultationReportsQuery {

    /** Boards inside the area, open by the month's end, that published nothing for the month. */
    Slice<DisclosureBoard> silentBoards(Actor actor, AreaCode area, YearMonth period, PageRequest page);

    /** Disposals of village assets inside the area not disclosed within {@code days} calendar days, as of today. */
    Slice<LateDisposal> lateDisposals(Actor actor, AreaCode area, int days, PageRequest page);
}
