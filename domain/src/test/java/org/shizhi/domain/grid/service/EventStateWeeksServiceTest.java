package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.service.GridWorld.DEPARTMENT;
import static org.shizhi.domain.grid.service.GridWorld.OFFICER;
import static org.shizhi.domain.grid.service.GridWorld.STAFF;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventStateCount;
import org.shizhi.domain.grid.model.EventStateWeeks;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

class EventStateWeeksServiceTest {

    private static final DigestWeek WEEK = DigestWeek.containing(LocalDate.of(2025, 9, 26));

    private final GridWorld world = new GridWorld();
    private final EventStateWeeksService service = new EventStateWeeksService(world.events, world.clock);

    @Test
    void theWeeksEndWithTheOneAskedForOldestFirstAndCountTheStreetsEventsByStateAndGrade() {
        world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, "楼上漏水到楼下，邻里争吵");
        world.report(WORKER, SampleEvents.ZONGFU_1, EventCategory.DISPUTE, "楼道里有人争吵");

        EventStateWeeks weeks = service.eventStateWeeks(OFFICER, SampleEvents.CHUNXI_ROAD, WEEK, 3);

        assertThat(weeks.weeks()).extracting(DigestWeek::monday)
                .containsExactly(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 22));
        assertThat(weeks.counts()).as("both reported this week and still REPORTED").isNotEmpty()
                .allSatisfy(cell -> assertThat(List.of(cell.week(), cell.state())).containsExactly(LocalDate.of(2025, 9, 22), EventState.REPORTED));
        assertThat(weeks.counts().stream().mapToLong(EventStateCount::count).sum()).isEqualTo(2);
    }

    @Test
    void anAreaOutsideTheJurisdictionIsNotFoundAWeekToComeAndAWrongNumberOfWeeksRefused() {
        assertThatThrownBy(() -> service.eventStateWeeks(STAFF, SampleEvents.CHUNXI_ROAD, WEEK, 8)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.eventStateWeeks(DEPARTMENT, SampleEvents.JINJIANG, WEEK, 8)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.eventStateWeeks(STAFF, SampleEvents.ZONGFU, new DigestWeek(LocalDate.of(2025, 9, 29)), 8))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has not begun");
        for (int weeks : new int[] {0, 27}) {
            assertThatThrownBy(() -> service.eventStateWeeks(STAFF, SampleEvents.ZONGFU, WEEK, weeks))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("weeks must be between 1 and 26");
        }
    }
}
