package org.shizhi.domain.grid.port.out;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Training attendance in memory, every method synchronized. */
public final class InMemoryTrainingRecords implements TrainingRecords {

    /** The latest day first, ids ascending on ties: as the databases order them. */
    static final Comparator<Position> LATEST_FIRST = Comparator.comparing(Position::dateKey).reversed()
            .thenComparing(p -> p.uuidId().toString());

    private final Map<TrainingAttendance.Id, TrainingAttendance> records = new LinkedHashMap<>();

    @Override
    public synchronized void add(TrainingAttendance attendance) {
        if (records.putIfAbsent(attendance.id(), attendance) != null) {
            throw new IllegalStateException("training " + attendance.id() + " is stored already");
        }
    }

    @Override
    public synchronized Optional<TrainingAttendance> find(TrainingAttendance.Id id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Slice<TrainingAttendance> ofWorker(GridCode grid, MemberId worker, PageRequest page) {
        return InMemoryPages.page(records.values().stream().filter(r -> r.grid().equals(grid) && r.worker().equals(worker)), page,
                TrainingRecords::position, LATEST_FIRST);
    }

    @Override
    public synchronized Map<MemberId, Long> tenthsByWorker(AreaCode area, LocalDate from, LocalDate to) {
        Map<MemberId, Long> out = new HashMap<>();
        records.values().stream().filter(r -> area.contains(r.grid().community()))
                .filter(r -> !r.attendedOn().isBefore(from) && !r.attendedOn().isAfter(to))
                .forEach(r -> out.merge(r.worker(), (long) r.tenths(), Long::sum));
        return out;
    }
}
