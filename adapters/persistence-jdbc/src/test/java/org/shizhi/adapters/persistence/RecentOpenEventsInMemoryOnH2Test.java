package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridEventRepositoryContract;

/** The events' contract with duplicate checks answered from memory, as on the embedded file database. */
class RecentOpenEventsInMemoryOnH2Test extends GridEventRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected GridEventRepository emptyRepository() {
        db.clean();
        return new RecentOpenEventsInMemory(db.database().gridEventRepository(), 64L << 20);
    }

    @Override
    protected CaseArchiveOutbox outboxOfTheSameStorage() {
        return db.database().caseArchiveOutbox();
    }

    @Test
    void aCommunityIsHeldAfterItsFirstCheckAndOnlyThen() {
        RecentOpenEventsInMemory events = (RecentOpenEventsInMemory) emptyRepository();
        EventTransition reported = SampleEvents.reported(SampleEvents.ZONGFU_1, SampleEvents.HAZARD_TEXT, SampleEvents.LOW, FRIDAY);
        events.save(EventWrite.of(reported));
        assertThat(events.heldBytes()).as("nothing is held before a community's first duplicate check").isZero();

        events.recentOpen(SampleEvents.ZONGFU, FRIDAY.minus(Duration.ofDays(7)), 10);

        assertThat(events.heldBytes()).as("one event and its bigrams")
                .isEqualTo(RecentOpenEventsInMemory.ENTRY_BYTES + 8L * EventText.of(reported.event()).bigrams().size());
    }

    @Test
    void aCommunityThatWouldPassTheBudgetIsAnsweredFromStorageAndHoldsNothing() {
        db.clean();
        RecentOpenEventsInMemory events = new RecentOpenEventsInMemory(db.database().gridEventRepository(),
                RecentOpenEventsInMemory.ENTRY_BYTES * 2);
        Instant weekBefore = FRIDAY.minus(Duration.ofDays(7));
        EventTransition first = SampleEvents.reported(SampleEvents.ZONGFU_1, "楼道堆放杂物", SampleEvents.LOW, FRIDAY);
        events.save(EventWrite.of(first));
        assertThat(events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).containsExactly(EventText.of(first.event()));
        assertThat(events.heldBytes()).as("one event fits").isPositive();

        EventTransition second = SampleEvents.reported(SampleEvents.ZONGFU_2, "路灯不亮已经三天", SampleEvents.LOW,
                FRIDAY.plus(Duration.ofMinutes(1)));
        events.save(EventWrite.of(second));

        assertThat(events.heldBytes()).as("the second passes the budget: the community is given up").isZero();
        assertThat(events.recentOpen(SampleEvents.ZONGFU, weekBefore, 10)).as("and answered from storage, rightly")
                .containsExactly(EventText.of(second.event()), EventText.of(first.event()));
        assertThat(events.heldBytes()).isZero();
    }
}
