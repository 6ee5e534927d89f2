package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;

class CursorsTest {

    @Test
    void aCursorHandedOutLeadsToThePageAfterItsPosition() {
        Position position = new Position("2026-03-01T08:00:00Z", "0195f0a2-0000-7000-8000-000000000001");
        String cursor = Cursors.encode("events|510104", position);

        PageRequest next = Cursors.request("events|510104", cursor, 5);

        assertThat(next.after()).as("the page after the cursor starts after its position").contains(position);
        assertThat(next.limit()).isEqualTo(5);
    }

    @Test
    void noCursorAndNoLimitIsTheFirstPageOfTwenty() {
        PageRequest first = Cursors.request("events|510104", null, null);

        assertThat(first.after()).isEmpty();
        assertThat(first.limit()).isEqualTo(Cursors.DEFAULT_LIMIT);
    }

    @Test
    void aCursorOfAnotherListOrOtherFiltersIsRefusedNamingTheCursor() {
        String cursor = Cursors.encode("events|510104", new Position("k", "1"));

        assertThatThrownBy(() -> Cursors.request("events|510105", cursor, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("another list");
    }

    @Test
    void textThatIsNotACursorIsRefusedNamingTheCursor() {
        for (String bad : new String[] {"%%%", "bm90IGEgY3Vyc29y", "x".repeat(1_001)}) {
            assertThatThrownBy(() -> Cursors.request("events|510104", bad, null))
                    .as("cursor %s", bad.length() > 20 ? bad.substring(0, 20) + "…" : bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("cursor");
        }
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> Cursors.limit(0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Cursors.limit(101)).hasMessageContaining("limit");
    }
}
