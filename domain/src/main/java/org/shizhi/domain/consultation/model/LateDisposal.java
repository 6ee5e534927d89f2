package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;

/**
 * A disposal not disclosed within the days asked: still undisclosed, or disclosed late ({@code disclosedOn} then says
 * when).
 *
 * @param daysUndisclosed calendar days from the disposal to its first disclosure, or to today if none
 */
public record LateDisposal(AssetId asset, AreaCode community, String assetName, Disposal disposal,
                           Optional<LocalDate> disclosedOn, int daysUndisclosed) {
}
