package org.shizhi.domain.grid.port.out;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Grid workers' training attendance. Contract: {@code TrainingRecordsContract}. */
public interface TrainingRecords {

    void add(TrainingAttendance attendance);

    Optional<TrainingAttendance> find(TrainingAttendance.Id id);

    /** A worker's records on a grid, the latest day first, then by id: the page after the request's position. */
    Slice<TrainingAttendance> ofWorker(GridCode grid, MemberId worker, PageRequest page);

    /** The tenths of hours attended on days {@code from} to {@code to} on grids inside {@code area}, per worker, summed by the store. */
    Map<MemberId, Long> tenthsByWorker(AreaCode area, LocalDate from, LocalDate to);

    /** A record's place in {@link #ofWorker}: its day, then its id. */
    static Position position(TrainingAttendance attendance) {
        return new Position(attendance.attendedOn().toString(), attendance.id().value().toString());
    }
}
