package org.shizhi.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class PagingTest {

    /** An item of a newest-first list, as the event lists are. */
    record Item(String id, Instant at, String kind) {
    }

    private static final Comparator<String> NEWEST_FIRST = Comparator.comparing(Instant::parse, Comparator.reverseOrder());
    private static final Instant T0 = Instant.parse("2025-09-26T02:00:00Z");

    /** A store that keeps its items newest first and counts its reads. */
    static final class Store {
        final List<Item> items = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();

        void add(Item item) {
            items.add(item);
            items.sort(Comparator.comparing(Item::at).reversed());
        }

        List<Item> read(int offset, int limit) {
            reads.incrementAndGet();
            return offset >= items.size() ? List.of() : List.copyOf(items.subList(offset, Math.min(items.size(), offset + limit)));
        }
    }

    private static Store store(int count) {
        Store store = new Store();
        for (int i = 0; i < count; i++) {
            store.add(new Item("e" + i, T0.plusSeconds(i), i % 3 == 0 ? "A" : "B"));
        }
        return store;
    }

    private static Paging.Spec<Item> spec(Store store) {
        return Paging.Spec.<Item>of("test", store::read, Item::id).ordered(i -> i.at().toString(), NEWEST_FIRST);
    }

    private static List<String> ids(Paging.Result<Item> page) {
        return page.items().stream().map(Item::id).toList();
    }

    @Test
    void pagesThroughTheWholeListAndTheLastPageHasNoCursor() {
        Store store = store(45);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Paging.Result<Item> page = Paging.page(spec(store), cursor, 20);
            seen.addAll(ids(page));
            cursor = page.nextCursor().orElse(null);
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(45).doesNotHaveDuplicates().first().isEqualTo("e44");
    }

    @Test
    void aFullLastPageHasNoCursorEither() {
        Paging.Result<Item> page = Paging.page(spec(store(20)), null, 20);

        assertThat(page.items()).hasSize(20);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void recordsArrivingBetweenPagesNeitherRepeatNorPushItemsOff() {
        Store store = store(30);
        Paging.Result<Item> first = Paging.page(spec(store), null, 10);
        for (int i = 0; i < 7; i++) {
            store.add(new Item("new" + i, T0.plusSeconds(1000 + i), "A"));
        }

        Paging.Result<Item> second = Paging.page(spec(store), first.nextCursor().orElseThrow(), 10);

        assertThat(ids(first)).containsExactly("e29", "e28", "e27", "e26", "e25", "e24", "e23", "e22", "e21", "e20");
        assertThat(ids(second)).containsExactly("e19", "e18", "e17", "e16", "e15", "e14", "e13", "e12", "e11", "e10");
    }

    @Test
    void manyRecordsArrivingAreFoundPastByTheSortKey() {
        Store store = store(30);
        Paging.Result<Item> first = Paging.page(spec(store), null, 10);
        for (int i = 0; i < 600; i++) {
            store.add(new Item("new" + i, T0.plusSeconds(1000 + i), "A"));
        }

        Paging.Result<Item> second = Paging.page(spec(store), first.nextCursor().orElseThrow(), 10);

        assertThat(ids(second)).first().isEqualTo("e19");
        assertThat(ids(second)).hasSize(10).noneMatch(id -> id.startsWith("new"));
    }

    @Test
    void itemsThatLeaveTheListBeforeTheCursorPushNothingOff() {
        Store store = store(30);
        Paging.Result<Item> first = Paging.page(spec(store), null, 10);
        store.items.removeIf(i -> List.of("e29", "e25", "e21").contains(i.id()));

        Paging.Result<Item> second = Paging.page(spec(store), first.nextCursor().orElseThrow(), 10);

        assertThat(ids(second)).first().isEqualTo("e19");
    }

    @Test
    void whenTheLastItemHandedOutLeftTheListTheNextPageStartsAfterItsKey() {
        Store store = store(30);
        Paging.Result<Item> first = Paging.page(spec(store), null, 10);
        store.items.removeIf(i -> i.id().equals("e20"));

        Paging.Result<Item> second = Paging.page(spec(store), first.nextCursor().orElseThrow(), 10);

        assertThat(ids(second)).first().isEqualTo("e19");
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void aListWithoutAComparableKeyFindsTheLastItemNearItsOldPlace() {
        Store store = store(30);
        Paging.Spec<Item> unordered = Paging.Spec.of("test", store::read, Item::id);
        Paging.Result<Item> first = Paging.page(unordered, null, 10);
        store.add(new Item("new", T0.plusSeconds(5000), "A"));

        Paging.Result<Item> second = Paging.page(unordered, first.nextCursor().orElseThrow(), 10);

        assertThat(ids(second)).first().isEqualTo("e19");
    }

    @Test
    void aCursorIsRefusedForAnotherListAndWhenItIsNotOneOfOurs() {
        Store store = store(30);
        String cursor = Paging.page(spec(store), null, 10).nextCursor().orElseThrow();
        Paging.Spec<Item> other = Paging.Spec.<Item>of("other", store::read, Item::id);

        assertThatThrownBy(() -> Paging.page(other, cursor, 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"))
                .hasMessageContaining("other filters");
        assertThatThrownBy(() -> Paging.page(spec(store), "not-a-cursor!", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"));
        assertThatThrownBy(() -> Paging.page(spec(store), "eyJ2IjoyfQ", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"));
        String forgedKey = new Paging.Cursor(1, Paging.fingerprint("test"), 10, "e20", "yesterday").encode();
        assertThatThrownBy(() -> Paging.page(spec(store), forgedKey, 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("cursor"));
    }

    @Test
    void theLimitIsOneToAHundredAndTwentyByDefault() {
        assertThat(Paging.limit(null)).isEqualTo(20);
        assertThat(Paging.limit(100)).isEqualTo(100);
        assertThatThrownBy(() -> Paging.limit(0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("limit"));
        assertThatThrownBy(() -> Paging.limit(101)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSearchFindsTheFirstPositionMeetingAConditionFromAnyHint() {
        Store store = store(300);
        Instant at = T0.plusSeconds(123);
        for (int hint : List.of(0, 1, 100, 176, 177, 250, 299, 400)) {
            int position = Paging.search(new Paging.Probe<>(store::read), i -> !i.at().isAfter(at), hint);
            assertThat(store.items.get(position).id()).as("from hint " + hint).isEqualTo("e123");
        }
        assertThat(Paging.search(new Paging.Probe<>(store::read), i -> false, 10)).as("none meets it: the end").isEqualTo(300);
        assertThat(Optional.of(Paging.search(new Paging.Probe<>(store::read), i -> true, 50))).contains(0);
    }
}
