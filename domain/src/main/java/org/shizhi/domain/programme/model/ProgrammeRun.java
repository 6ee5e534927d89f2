package org.shizhi.domain.programme.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * One run of a recurring programme for one city at one due time: claimed once across every instance sharing the
 * database, then finished with a summary of what it did (or why it failed).
 *
 * @param programme the plugin's programme id, e.g. {@code zhanjiang.night-visit}
 * @param summary   what the run did, for people; empty while it runs
 */
public record ProgrammeRun(String programme, AreaCode city, Instant dueAt, Instant startedAt, RunStatus status,
                           Optional<Instant> finishedAt, String summary) {

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
        summary = summary == null ? "" : summary.length() > MAX_SUMMARY_LENGTH ? summary.substring(0, MAX_SUMMARY_LENGTH) : summary;
    }

    /** A programme id: lower-case words joined by '-' or '.', at most 100 characters. */
    public static String requireId(String id) {
        if (id == null || id.length() > 100 || !id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("programme", "a programme id is lower-case words joined by '-' or '.', not '" + id + "'");
        }
        return id;
    }
}
