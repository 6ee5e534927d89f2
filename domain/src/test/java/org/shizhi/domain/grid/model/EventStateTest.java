package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.EventState.ACCEPTED;
import static org.shizhi.domain.grid.model.EventState.CALLED;
import static org.shizhi.domain.grid.model.EventState.CLOSED;
import static org.shizhi.domain.grid.model.EventState.DISPATCHED;
import static org.shizhi.domain.grid.model.EventState.IN_PROGRESS;
import static org.shizhi.domain.grid.model.EventState.REJECTED;
import static org.shizhi.domain.grid.model.EventState.REOPENED;
import static org.shizhi.domain.grid.model.EventState.REPORTED;
import static org.shizhi.domain.grid.model.EventState.RESOLVED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shizhi.domain.shared.ConflictException;

/** The flow of the issue, written out here independently of the enum, and every pair of states checked against it. */
class EventStateTest {

    private static final Map<EventState, Set<EventState>> THE_FLOW = Map.of(
            REPORTED, EnumSet.of(ACCEPTED, REJECTED),
            ACCEPTED, EnumSet.of(RESOLVED, CALLED, REJECTED),
            CALLED, EnumSet.of(DISPATCHED, RESOLVED),
            DISPATCHED, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, REOPENED),
            REOPENED, EnumSet.of(RESOLVED, CALLED),
            CLOSED, EnumSet.noneOf(EventState.class),
            REJECTED, EnumSet.noneOf(EventState.class));

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (EventState from : EventState.values()) {
            for (EventState to : EventState.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPairOfStates")
    void theTableAllowsExactlyTheTransitionsOfTheFlow(EventState from, EventState to) {
        boolean allowed = THE_FLOW.get(from).contains(to);

        assertThat(from.mayGoTo(to)).as(from + " → " + to + (allowed ? " is part of the flow" : " is not part of the flow"))
                .isEqualTo(allowed);
        if (allowed) {
            from.requireMayGoTo(to);
        } else {
            assertThatThrownBy(() -> from.requireMayGoTo(to))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("cannot go to " + to + ": event is " + from + "; from " + from + " it may go to: "
                            + EventState.describe(THE_FLOW.get(from)));
        }
    }

    @Test
    void aClosedEventMayGoNowhereAndTheRefusalSaysSo() {
        assertThatThrownBy(() -> CLOSED.requireMayGoTo(REOPENED))
                .isInstanceOf(ConflictException.class)
                .hasMessageEndingWith("event is CLOSED; from CLOSED it may go to: (none)")
                .satisfies(e -> assertThat(((ConflictException) e).field()).contains("state"));
    }

    @Test
    void theAllowedStatesAreNamedInFlowOrder() {
        assertThat(EventState.describe(ACCEPTED.next())).isEqualTo("CALLED, RESOLVED, REJECTED");
    }

    @Test
    void onlyClosedAndRejectedAreTerminalAndResolvedNoLongerAwaitsHandling() {
        assertThat(EnumSet.allOf(EventState.class).stream().filter(EventState::isTerminal)).containsExactly(CLOSED, REJECTED);
        assertThat(EnumSet.allOf(EventState.class).stream().filter(EventState::awaitsHandling))
                .containsExactly(REPORTED, ACCEPTED, CALLED, DISPATCHED, IN_PROGRESS, REOPENED);
    }
}
