package org.shizhi.domain.programme.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.shared.AreaCode;

/**
 * The weekly digests (一周一结) a programme produced, as they stood when produced: the headline measures, kept so that
 * what was reported that week stays on record when late changes to the events alter a digest computed again.
 * Contract: {@code ProgrammeStorageContract}, with the other programme ports.
 */
public interface DigestRecords {

    /** The headline measures of a recorded digest. */
    record Recorded(AreaCode area, DigestWeek week, java.time.Instant asOf, long reported, long newRiskSignals, long overdue,
                    long closed, long verdicts) {
    }

    /** Records the digest of its area and week, replacing an earlier record of the same area and week. */
    void record(WeeklyDigest digest);

    Optional<Recorded> find(AreaCode area, DigestWeek week);

    /** The area's recorded digests, the latest week first, at most {@code limit}. */
    List<Recorded> recent(AreaCode area, int limit);
}
