package org.shizhi.domain.grid.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;

/**
 * What every {@link EventRouting} promises: a route for every valid event, the same one when asked again (the flow
 * asks again when it dispatches or summons), and the platform's route where the city has none of its own.
 */
public abstract class EventRoutingContract {

    private static final List<EventGrade> GRADES = List.of(SampleEvents.LOW, SampleEvents.MEDIUM, SampleEvents.HIGH,
            SampleEvents.CRITICAL);

    protected abstract EventRouting routing();

    /** Communities whose events the routing is asked about, any city. */
    protected abstract List<AreaCode> communities();

    /** A community of a city that routes no differently from the platform. */
    protected abstract AreaCode communityOfACityWithoutItsOwnRoutes();

    @Test
    void everyCategoryAndGradeIsRoutedAndAnsweredTheSameWhenAskedAgain() {
        EventRouting routing = routing();
        for (AreaCode community : communities()) {
            for (EventCategory category : EventCategory.values()) {
                for (EventGrade grade : GRADES) {
                    EventFacts facts = new EventFacts(category, "楼道堆放杂物", community);
                    EventRoute first = routing.route(community.cityCode(), facts, grade);
                    assertThat(first).as("a route for %s graded %s in %s", category, grade.code(), community).isNotNull();
                    assertThat(routing.route(community.cityCode(), facts, grade))
                            .as("the same route for the same facts and grade (%s, %s, %s)", category, grade.code(), community)
                            .isEqualTo(first);
                }
            }
        }
    }

    @Test
    void aCityWithoutItsOwnRoutesGetsThePlatformsRoute() {
        AreaCode community = communityOfACityWithoutItsOwnRoutes();
        for (EventCategory category : EventCategory.values()) {
            for (EventGrade grade : GRADES) {
                assertThat(routing().route(community.cityCode(), new EventFacts(category, "噪音扰民", community), grade))
                        .as("the platform's route for %s graded %s", category, grade.code())
                        .isEqualTo(EventRoute.platformDefault(grade, category, DeadlinePolicy.standard()));
            }
        }
    }
}
