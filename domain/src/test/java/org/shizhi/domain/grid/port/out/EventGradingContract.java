package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * What every {@link EventGrading} must do for the cities the platform serves, whichever grader a city uses. The
 * application's implementation subclasses this with its plugin registry (Chengdu: the default grader; Zhanjiang:
 * the three whistles).
 */
public abstract class EventGradingContract {

    /** The grading under test. */
    protected abstract EventGrading grading();

    /** A community of a city the grading is configured for. */
    protected AreaCode community() {
        return SampleEvents.ZONGFU;
    }

    private EventGrade grade(EventCategory category, String text) {
        return grading().grade(community().cityCode(), new EventFacts(category, text, community()));
    }

    @ParameterizedTest
    @EnumSource(EventCategory.class)
    void everyCategoryGetsAGradeWithReasonsAndALevelToHandleIt(EventCategory category) {
        EventGrade grade = grade(category, "小区门口路灯坏了");

        assertThat(grade.handlingLevel()).as("a level of the city deployment").isNotEqualTo(AdminLevel.PROVINCE);
        assertThat(grade.reasons()).as("reasons for the timeline").isNotEmpty();
    }

    @Test
    void anExplosionIsGradedMoreSevereThanABrokenStreetLamp() {
        EventGrade lamp = grade(EventCategory.SERVICE_REQUEST, "小区门口路灯坏了");
        EventGrade blast = grade(EventCategory.SAFETY_HAZARD, "餐馆煤气罐爆炸，有人受伤");

        assertThat(blast.severity()).as(blast + " against " + lamp).isGreaterThan(lamp.severity());
        assertThat(blast.handlingLevel().isAbove(lamp.handlingLevel())).as("handled higher up").isTrue();
    }

    @Test
    void theSameFactsGetTheSameGradeFromManyThreadsAtOnce() throws Exception {
        EventGrade expected = grade(EventCategory.DISPUTE, "楼上漏水到楼下，邻里多次争吵");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EventGrade>> grades = new ArrayList<>();
            Callable<EventGrade> once = () -> grade(EventCategory.DISPUTE, "楼上漏水到楼下，邻里多次争吵");
            for (int i = 0; i < 64; i++) {
                grades.add(pool.submit(once));
            }
            for (Future<EventGrade> g : grades) {
                assertThat(g.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
