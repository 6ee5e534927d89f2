package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class RelayLeaseTest {

    @Test
    void aLeaseFromFiveSecondsToAnHourIsTakenAndAnyOtherRefusedNamingTheRule() {
        assertThat(RelayLease.check(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(RelayLease.check(Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        for (Duration wrong : new Duration[] {Duration.ZERO, Duration.ofSeconds(-15), Duration.ofMillis(4_999), Duration.ofSeconds(3_601)}) {
            assertThatThrownBy(() -> RelayLease.check(wrong)).as(wrong.toString()).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("between 5 and 3600 seconds");
        }
    }

    @Test
    void theRelaysRefuseALeaseOutOfRangeWhenWired() {
        assertThatThrownBy(() -> new GridClosedEvents(null, Clock.systemUTC(), Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ClosedDisputes(null, Clock.systemUTC(), Duration.ofHours(2)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ArchiveIndexing(null, null, Clock.systemUTC(), Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
    }
}
