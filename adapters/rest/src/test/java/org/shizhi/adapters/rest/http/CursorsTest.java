package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

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

    /** A contract page as the generated models are: items given, a next cursor set when there is one. */
    private static final class Page {
        final List<String> items;
        String nextCursor;

        Page(List<String> items) {
            this.items = items;
        }
    }

    @Test
    void aPageReadsWhatTheRequestAsksMapsItsItemsAndCarriesTheNextCursorOnlyWhenMoreFollow() {
        List<Integer> list = List.of(1, 2, 3, 4, 5);
        java.util.function.Function<PageRequest, Slice<Integer>> read = request -> Slice.of(list.stream()
                .filter(i -> request.after().map(p -> i > Integer.parseInt(p.key())).orElse(true)).limit(request.limit() + 1L).toList(),
                request, i -> new Position(Integer.toString(i), Integer.toString(i)));

        Page first = Cursors.page("numbers", null, 2, read, i -> "n" + i, Page::new, (page, cursor) -> page.nextCursor = cursor);
        assertThat(first.items).containsExactly("n1", "n2");
        Page second = Cursors.page("numbers", first.nextCursor, 2, read, i -> "n" + i, Page::new, (page, cursor) -> page.nextCursor = cursor);
        assertThat(second.items).as("the page after the first's cursor").containsExactly("n3", "n4");
        Page last = Cursors.page("numbers", second.nextCursor, 2, read, i -> "n" + i, Page::new, (page, cursor) -> page.nextCursor = cursor);
        assertThat(last.items).containsExactly("n5");
        assertThat(last.nextCursor).as("no cursor on the last page").isNull();
        assertThatThrownBy(() -> Cursors.page("other numbers", first.nextCursor, 2, read, i -> "n" + i, Page::new,
                (page, cursor) -> page.nextCursor = cursor)).as("a cursor of another list").isInstanceOf(InvalidValueException.class);
    }
}
