package org.shizhi.domain.assessment.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * 通报: drafted from a stored result ({@link Permission#DRAFT_NOTICE}), published ({@link Permission#PUBLISH_NOTICE}),
 * read ({@link Permission#READ_ASSESSMENT}); the result's area in the caller's jurisdiction.
 */
public interface NoticeUseCase {

    Notice draft(Actor actor, DraftNotice command);

    Notice publish(Actor actor, UUID notice);

    Notice notice(Actor actor, UUID notice);

    /** Notices of results of areas inside {@code area}, newest drafted first; {@link Permission#READ_ASSESSMENT}. */
    Slice<NoticeSummary> notices(Actor actor, AreaCode area, NoticeSummary.Filter filter, PageRequest page);

    /** The result (a version, or the latest) and how many units to criticise and to commend. */
    record DraftNotice(String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version, int bottom, int top) {
        public DraftNotice {
            if (scheme == null || !scheme.matches(org.shizhi.domain.assessment.model.Scheme.ID)) {
                throw new InvalidValueException("scheme", "a scheme id is lower-case words joined by '-' (a plugin's by '.' too), not '"
                        + scheme + "'");
            }
            if (within == null) {
                throw new InvalidValueException("within", "required");
            }
            if (period == null) {
                throw new InvalidValueException("period", "required");
            }
            version = version == null ? Optional.empty() : version;
        }
    }
}
