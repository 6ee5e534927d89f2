package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    @Test
    void anIdIsAVersion7UuidWhoseFirst48BitsAreItsMillisecond() {
        long millis = Instant.parse("2026-11-21T12:00:00.123Z").toEpochMilli();
        UUID id = TimeOrderedUuids.at(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).as("RFC 9562 variant").isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterAsTheDatabasesSortThemAndNoTwoAreAlike() {
        long millis = Instant.parse("2026-11-21T12:00:00Z").toEpochMilli();
        Set<UUID> seen = new HashSet<>();
        UUID previous = TimeOrderedUuids.at(millis);
        for (int i = 1; i <= 10_000; i++) {
            UUID next = TimeOrderedUuids.at(millis + i);
            // PostgreSQL and H2 compare UUIDs as unsigned bytes, most significant first.
            assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                    .as("the id of millisecond %d sorts after that of the one before", i).isPositive();
            assertThat(seen.add(next)).isTrue();
            previous = next;
        }
    }
}
