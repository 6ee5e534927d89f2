package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.InvalidValueException;

class EventRouteTest {

    private static EventGrade grade(AdminLevel level, int severity) {
        return new EventGrade("G" + severity, "g", severity, level, List.of());
    }

    @Test
    void thePlatformRouteIsTodaysFlow() {
        DeadlinePolicy policy = DeadlinePolicy.standard();
        assertThat(EventRoute.platformDefault(grade(AdminLevel.COMMUNITY, 1), EventCategory.OTHER, policy).steps())
                .containsExactly(RouteStep.of(RouteStage.COMMUNITY_HANDLES, ReportWithin.workingDays(5)));
        assertThat(EventRoute.platformDefault(grade(AdminLevel.STREET, 2), EventCategory.OTHER, policy).steps())
                .containsExactly(RouteStep.of(RouteStage.STREET_CALL, ReportWithin.workingDays(3)));
        EventRoute district = EventRoute.platformDefault(grade(AdminLevel.DISTRICT, 3), EventCategory.OTHER, policy);
        assertThat(district.steps()).extracting(RouteStep::stage).containsExactly(RouteStage.STREET_CALL, RouteStage.CENTRAL_DISPATCH);
        assertThat(district.steps()).allSatisfy(s -> assertThat(s.departments()).as("the street names them").isEmpty());
        assertThat(district.levelFor(grade(AdminLevel.DISTRICT, 3))).isEqualTo(AdminLevel.DISTRICT);
    }

    @Test
    void aRouteRaisesTheHandlingLevelButNeverLowersIt() {
        EventRoute street = new EventRoute("city", AdminLevel.STREET, List.of(RouteStep.of(RouteStage.STREET_CALL, ReportWithin.workingHours(2))));
        assertThat(street.levelFor(grade(AdminLevel.COMMUNITY, 1))).isEqualTo(AdminLevel.STREET);
        assertThat(street.levelFor(grade(AdminLevel.DISTRICT, 3))).isEqualTo(AdminLevel.DISTRICT);
    }

    @Test
    void stagesComeOnceInOrder() {
        assertThatThrownBy(() -> new EventRoute("city", AdminLevel.STREET, List.of(
                RouteStep.of(RouteStage.CENTRAL_DISPATCH, ReportWithin.workingHours(2)),
                RouteStep.of(RouteStage.STREET_CALL, ReportWithin.workingHours(2)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the order");
        assertThatThrownBy(() -> new EventRoute("city", AdminLevel.STREET, List.of(RouteStep.of(RouteStage.COMMUNITY_HANDLES,
                ReportWithin.workingDays(1))))).isInstanceOf(InvalidValueException.class).hasMessageContaining("COMMUNITY");
        assertThatThrownBy(() -> RouteStep.of(RouteStage.COMMUNITY_HANDLES, ReportWithin.workingDays(1), DepartmentCode.of("x-civil")))
                .isInstanceOf(InvalidValueException.class);
    }
}
