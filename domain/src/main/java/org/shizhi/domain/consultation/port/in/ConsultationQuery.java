package org.shizhi.domain.consultation.port.in;

import java.time.YearMonth;
import java.util.Optional;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * Reads of the consultation context, inside the caller's jurisdiction (elsewhere: not found). Permissions:
 * {@link Permission#READ_COUNCILS}, {@link Permission#READ_STABILITY_RISK}, {@link Permission#READ_DISCLOSURES}.
 * Members', speakers' and approvers' names show clear only to a caller with the personal-data privilege.
 */
public interface ConsultationQuery {

    CouncilView council(Actor actor, CouncilId id);

    Slice<CouncilView> councils(Actor actor, AreaCode area, Optional<CouncilKind> kind, PageRequest page);

    Slice<Meeting> meetings(Actor actor, CouncilId council, PageRequest page);

    TopicView topic(Actor actor, TopicId id);

    /** Topics inside the area, latest raised first. */
    Slice<TopicView> topics(Actor actor, AreaCode area, PageRequest page);

    /** Open topics inside the area with no feedback to residents yet, oldest first, each with its age. */
    Slice<TopicView> topicsAwaitingFeedback(Actor actor, AreaCode area, PageRequest page);

    AssessmentView assessment(Actor actor, AssessmentId id);

    Slice<DisclosureItem> disclosures(Actor actor, AreaCode community, Optional<YearMonth> period, PageRequest page);

    VillageAsset asset(Actor actor, AssetId id);

    Slice<VillageAsset> assets(Actor actor, AreaCode community, PageRequest page);
}
