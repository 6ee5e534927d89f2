package org.shizhi.domain.programme.port.out;

import java.time.Instant;
import java.util.List;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.shared.AreaCode;

/**
 * The runs of recurring programmes, keyed by programme, city and due time. Contract: {@code ProgrammeRunsContract}.
 */
public interface ProgrammeRuns {

    /**
     * Claims the run of {@code programme} for {@code city} due at {@code dueAt}, as RUNNING since {@code now}. True for
     * exactly one caller however many instances sharing the storage ask at once; false if it was ever claimed before.
     */
    boolean claim(String programme, AreaCode city, Instant dueAt, Instant now);

    /**
     * Records how a claimed run ended.
     *
     * @throws IllegalArgumentException if {@code status} is RUNNING
     * @throws org.shizhi.domain.shared.NotFoundException if the run was never claimed
     */
    void finish(String programme, AreaCode city, Instant dueAt, RunStatus status, Instant at, String summary);

    /** The runs for the city, the latest due first, at most {@code limit}. */
    List<ProgrammeRun> recent(AreaCode city, int limit);
}
