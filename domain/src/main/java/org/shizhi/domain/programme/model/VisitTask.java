package org.shizhi.domain.programme.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A visit a programme asks one person on a grid to make on a day (平安夜访: a cadre visits the households of the
 * village or community they are linked to), and what residents raised there. One task per programme, person, grid
 * and day.
 */
public record VisitTask(VisitTaskId id, String programme, GridCode grid, MemberId member, GridPost post, LocalDate visitOn,
                        Instant plannedAt, List<VisitFinding> findings) {

    public static final int MAX_FINDINGS = 50;

    public VisitTask {
        Objects.requireNonNull(id, "id");
        ProgrammeRun.requireId(programme);
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(visitOn, "visitOn");
        Objects.requireNonNull(plannedAt, "plannedAt");
        findings = List.copyOf(findings);
        if (findings.stream().map(VisitFinding::key).distinct().count() != findings.size()) {
            throw new InvalidValueException("findings", "a visit records each finding's key once");
        }
        if (findings.size() > MAX_FINDINGS) {
            throw new InvalidValueException("findings", "a visit records at most " + MAX_FINDINGS + " findings");
        }
    }

    public static VisitTask plan(String programme, GridCode grid, MemberId member, GridPost post, LocalDate visitOn, Instant at) {
        return new VisitTask(VisitTaskId.random(), programme, grid, member, post, visitOn, at, List.of());
    }

    /** The finding recorded under {@code key}, if one was. */
    public java.util.Optional<VisitFinding> finding(String key) {
        return findings.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public VisitTask with(VisitFinding finding) {
        List<VisitFinding> more = new ArrayList<>(findings);
        more.add(finding);
        return new VisitTask(id, programme, grid, member, post, visitOn, plannedAt, more);
    }
}
