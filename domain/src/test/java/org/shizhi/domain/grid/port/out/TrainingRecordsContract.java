package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;

/** What every adapter of {@link TrainingRecords} must do, from an empty store. */
public abstract class TrainingRecordsContract {

    private static final GridCode ZONGFU_1 = GridCode.of(AreaCode.of("510104022001"), 1);
    private static final GridCode HONGXING_1 = GridCode.of(AreaCode.of("510104022002"), 1);
    private static final GridCode JINSHAWAN_1 = GridCode.of(AreaCode.of("440802006001"), 1);
    private static final Acting STAFF = new Acting("li.min", Role.COMMUNITY_STAFF);
    private static final Instant AT = Instant.parse("2025-12-01T02:00:00Z");

    protected abstract TrainingRecords emptyRecords();

    private TrainingRecords records;

    @BeforeEach
    void empty() {
        records = emptyRecords();
    }

    private TrainingAttendance attended(GridCode grid, MemberId worker, String course, String day, int tenths) {
        TrainingAttendance t = new TrainingAttendance(TrainingAttendance.Id.random(), grid, worker, course, LocalDate.parse(day), tenths,
                AT, STAFF);
        records.add(t);
        return t;
    }

    @Test
    void aRecordIsReadBackAsStored() {
        MemberId worker = MemberId.random();
        TrainingAttendance t = attended(ZONGFU_1, worker, "矛盾纠纷排查化解实务", "2025-11-12", 35);
        assertThat(records.find(t.id())).contains(t);
        assertThat(records.find(TrainingAttendance.Id.random())).isEmpty();
    }

    @Test
    void aWorkersRecordsArePagedLatestDayFirst() {
        MemberId worker = MemberId.random();
        List<TrainingAttendance> written = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            written.add(attended(ZONGFU_1, worker, "第" + day + "课", "2025-11-0" + day, 20));
        }
        attended(ZONGFU_1, MemberId.random(), "他人", "2025-11-03", 20);
        attended(HONGXING_1, worker, "另一网格", "2025-11-03", 20);
        Slice<TrainingAttendance> first = records.ofWorker(ZONGFU_1, worker, PageRequest.first(3));
        assertThat(first.items()).containsExactly(written.get(4), written.get(3), written.get(2));
        Slice<TrainingAttendance> second = records.ofWorker(ZONGFU_1, worker, PageRequest.after(first.next().orElseThrow(), 3));
        assertThat(second.items()).containsExactly(written.get(1), written.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void hoursAreSummedPerWorkerInsideTheAreaAndTheDays() {
        // November in 锦江区: worker A 3.5 + 2.0 hours on 总府路 and 1.5 on 红星路 (7.0); worker B 4.0; A's October hour and
        // Zhanjiang's training are left out.
        MemberId a = MemberId.random();
        MemberId b = MemberId.random();
        attended(ZONGFU_1, a, "纠纷化解", "2025-11-03", 35);
        attended(ZONGFU_1, a, "消防安全", "2025-11-30", 20);
        attended(HONGXING_1, a, "信息采集", "2025-11-15", 15);
        attended(HONGXING_1, b, "信息采集", "2025-11-15", 40);
        attended(ZONGFU_1, a, "十月课程", "2025-10-31", 10);
        attended(JINSHAWAN_1, b, "湛江课程", "2025-11-15", 30);
        assertThat(records.tenthsByWorker(AreaCode.of("510104"), LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30")))
                .isEqualTo(Map.of(a, 70L, b, 40L));
        assertThat(records.tenthsByWorker(AreaCode.of("510104022001"), LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30")))
                .as("总府路 only").isEqualTo(Map.of(a, 55L));
    }
}
