package org.shizhi.domain.programme.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.shared.AreaCode;

/**
 * The runs of recurring programmes, keyed by programme, city and due time. Contract: {@code ProgrammeStorageContract}.
 */
public interface ProgrammeRuns {

    /**
     * Claims the run of {@code programme} for {@code city} due at {@code dueAt}, as RUNNING since {@code now}, for a
     * lease of {@code lease}: the first claim of the due time, or a takeover of a run still RUNNING whose attempt
     * started at or before {@code now - lease} (its instance died mid-way), recorded on the run. Exactly one caller
     * wins however many instances sharing the storage ask at once.
     *
     * @return the attempt claimed (1 for the first claim, more for a takeover); empty if the run finished, or runs
     *         within its lease
     */
    OptionalInt claim(String programme, AreaCode city, Instant dueAt, Instant now, Duration lease);

    /**
     * Records how the claimed {@code attempt} of a run ended, unless another attempt has taken the run over since.
     *
     * @return false if the run was taken over by a later attempt (nothing is written then)
     * @throws IllegalArgumentException if {@code status} is RUNNING
     * @throws org.shizhi.domain.shared.NotFoundException if the run was never claimed
     */
    boolean finish(String programme, AreaCode city, Instant dueAt, int attempt, RunStatus status, Instant at, String summary);

    /** The runs for the city, the latest due first, at most {@code limit}. */
    List<ProgrammeRun> recent(AreaCode city, int limit);
}
