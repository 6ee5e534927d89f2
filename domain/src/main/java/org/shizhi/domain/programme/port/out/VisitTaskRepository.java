package org.shizhi.domain.programme.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.AreaCode;

/** Visit tasks planned by programmes and the findings recorded on them. Contract: {@code ProgrammeStorageContract}. */
public interface VisitTaskRepository {

    /**
     * Stores the tasks not planned already (same programme, grid, member and day); answers how many it stored. A run
     * that is repeated after a failure thus plans nothing twice.
     */
    int plan(List<VisitTask> tasks);

    Optional<VisitTask> find(VisitTaskId id);

    /**
     * Tasks on grids inside {@code area} to be made from {@code from} to {@code to} inclusive, by day, grid, then id:
     * the page after the request's position ({@link Place}).
     */
    Slice<VisitTask> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    /**
     * The visits made on grids inside {@code area} on days {@code from} to {@code to} inclusive by members holding one
     * of {@code posts}, counted per member by the store (one aggregate, never the rows): a task counts as made once a
     * finding was recorded on it, the only record of a visit the context keeps. Members with none are left out.
     */
    java.util.Map<org.shizhi.domain.grid.model.MemberId, Long> visitsMade(AreaCode area, LocalDate from, LocalDate to,
                                                                          java.util.Set<org.shizhi.domain.grid.model.GridPost> posts);

    /**
     * A task's place in {@link #within}: its day and grid (the position's key, {@code 2026-11-17/510104022001001}),
     * then its id.
     */
    record Place(LocalDate day, String grid, UUID id) {

        private static final char SEPARATOR = '/';

        public static Position of(VisitTask task) {
            return new Position(task.visitOn().toString() + SEPARATOR + task.grid().value(), task.id().value().toString());
        }

        /** The place a position names; a key not written by {@link #of} is an invalid {@code cursor}. */
        public static Place of(Position position) {
            int at = position.key().indexOf(SEPARATOR);
            if (at < 0) {
                throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
            }
            LocalDate day = new Position(position.key().substring(0, at), position.id()).dateKey();
            return new Place(day, position.key().substring(at + 1), position.uuidId());
        }
    }

    /**
     * Appends a finding to the task unless the task already records one under the finding's key (also when another
     * caller appends it at the same time); answers the finding the task records under that key.
     *
     * @throws org.shizhi.domain.shared.NotFoundException if there is no such task
     */
    VisitFinding addFinding(VisitTaskId task, VisitFinding finding);
}
