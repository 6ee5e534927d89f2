package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/** The steps a console offers: those the event's state allows now AND one of the caller's roles may take. */
class EventActionTest {

    private static Actor as(Role... roles) {
        return new Actor("someone", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(roles), Set.of());
    }

    @Test
    void communityStaffMayAcceptOrRejectAReportedEvent() {
        assertThat(EventAction.openTo(as(Role.COMMUNITY_STAFF), EventState.REPORTED.next()))
                .containsExactly(EventAction.ACCEPT, EventAction.REJECT);
    }

    @Test
    void aStreetOfficerMayDispatchACalledEventOrResolveItButAGridWorkerMayOnlyResolveIt() {
        assertThat(EventAction.openTo(as(Role.STREET_OFFICER), EventState.CALLED.next()))
                .containsExactly(EventAction.DISPATCH, EventAction.RESOLVE);
        assertThat(EventAction.openTo(as(Role.GRID_WORKER), EventState.CALLED.next())).containsExactly(EventAction.RESOLVE);
    }

    @Test
    void onlyTheVerdictIsOpenOnAResolvedEventAndOnlyToThoseWhoRecordVerdicts() {
        assertThat(EventAction.openTo(as(Role.GRID_WORKER), EventState.RESOLVED.next())).containsExactly(EventAction.VERDICT);
        assertThat(EventAction.openTo(as(Role.STREET_OFFICER), EventState.RESOLVED.next())).isEmpty();
    }

    @Test
    void nothingIsOpenOnAClosedEventWhateverTheRoles() {
        assertThat(EventAction.openTo(as(Role.values()), EventState.CLOSED.next())).isEmpty();
    }

    @Test
    void aReaderWithoutAnyStepRoleIsOfferedNothing() {
        for (EventState state : EnumSet.allOf(EventState.class)) {
            assertThat(EventAction.openTo(as(Role.AUDITOR), state.next())).as("an auditor on a %s event", state).isEmpty();
        }
    }
}
