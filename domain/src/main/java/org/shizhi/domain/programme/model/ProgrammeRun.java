package org.shizhi.domain.programme.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * One run of a recurring programme for one city at one due time: claimed once across every instance sharing the
 * database, then finished with a summary of what it did (or why it failed). A claim is a lease: a run still RUNNING
 * when its lease has passed (its instance died mid-way) may be claimed again, as a takeover, by another instance.
 *
 * @param programme   the plugin's programme id, e.g. {@code zhanjiang.night-visit}
 * @param startedAt   when the current attempt was claimed
 * @param summary     what the run did, for people; empty while it runs
 * @param attempt     1 for the first claim, one more for each takeover
 * @param takenOverAt when the last takeover happened, exactly for an attempt after the first
 */
public record ProgrammeRun(String programme, AreaCode city, Instant dueAt, Instant startedAt, RunStatus status,
                           Optional<Instant> finishedAt, String summary, int attempt, Optional<Instant> takenOverAt) {

    /** A run never taken over. */
    public ProgrammeRun(String programme, AreaCode city, Instant dueAt, Instant startedAt, RunStatus status,
                        Optional<Instant> finishedAt, String summary) {
        this(programme, city, dueAt, startedAt, status, finishedAt, summary, 1, Optional.empty());
    }

    public static final int MAX_SUMMARY_LENGTH = 2_000;

    public ProgrammeRun {
        requireId(programme);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isPresent() == (status == RunStatus.RUNNING)) {
            throw new InvalidValueException("finishedAt", "exactly a finished run has the time it finished");
        }
        Objects.requireNonNull(takenOverAt, "takenOverAt");
        if (attempt < 1 || takenOverAt.isPresent() != (attempt > 1)) {
            throw new InvalidValueException("attempt", "attempts count from 1, and exactly a run taken over has the time it was");
        }
        summary = summary == null ? "" : summary.length() > MAX_SUMMARY_LENGTH ? summary.substring(0, MAX_SUMMARY_LENGTH) : summary;
    }

    /** What a takeover records in the run's summary while it runs: whose lease ran out. */
    public static String takeoverNote(Instant abandonedStart, java.time.Duration lease) {
        return "taken over: the attempt started " + abandonedStart + " held its " + lease.toMinutes() + "-minute lease without finishing";
    }

    /** The summary of a finished attempt, keeping the takeover's note (which starts "taken over") before it. */
    public static String withTakeoverNote(String running, String summary) {
        String done = summary == null ? "" : summary;
        return running == null || running.isEmpty() ? done : running + "; " + done;
    }

    /** A programme id: lower-case words joined by '-' or '.', at most 100 characters. */
    public static String requireId(String id) {
        if (id == null || id.length() > 100 || !id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("programme", "a programme id is lower-case words joined by '-' or '.', not '" + id + "'");
        }
        return id;
    }
}
