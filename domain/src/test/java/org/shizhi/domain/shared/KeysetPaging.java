package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keyset promise of every list read, checked the same way in each out-port contract: pages cover the list exactly
 * once and in order, every page but the last is full, and a cursor stays where it was while records arrive.
 */
public final class KeysetPaging {

    private KeysetPaging() {
    }

    /** Every page of the list from {@code after} on, read {@code size} at a time, concatenated. */
    public static <T> List<T> pagesFrom(Function<PageRequest, Slice<T>> list, Optional<Position> after, int size) {
        List<T> all = new ArrayList<>();
        int pages = 0;
        do {
            Slice<T> page = list.apply(new PageRequest(after, size));
            if (page.next().isPresent()) {
                assertThat(page.items()).as("page %d is followed by another, so it is full", pages + 1).hasSize(size);
            }
            all.addAll(page.items());
            after = page.next();
            assertThat(++pages).as("pages read; a cursor that does not move on loops forever").isLessThan(10_000);
        } while (after.isPresent());
        return all;
    }

    /** Every page of the list, read {@code size} at a time, concatenated. */
    public static <T> List<T> everyPage(Function<PageRequest, Slice<T>> list, int size) {
        return pagesFrom(list, Optional.empty(), size);
    }

    /**
     * Asserts that pages of {@code size} hand out the list exactly as one read of all of it does: each item once,
     * in the same order.
     */
    public static <T> void assertPagesCoverTheListOnceInOrder(Function<PageRequest, Slice<T>> list, Function<T, ?> id,
                                                             int size) {
        List<Object> whole = list.apply(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().<Object>map(id).toList();
        assertThat(whole).as("the list to page through has more than a page of %d", size).hasSizeGreaterThan(size);
        assertThat(everyPage(list, size).stream().<Object>map(id).toList())
                .as("pages of %d, concatenated, against the whole list read at once", size).containsExactlyElementsOf(whole);
    }

    /**
     * Reads the first page of {@code size}, lets {@code arrivals} add records (before and after the page's position),
     * then reads on from its cursor: of the items that were in the list before, none is repeated, none skipped, and
     * they come in their order.
     */
    public static <T> void assertCursorStableWhileRecordsArrive(Function<PageRequest, Slice<T>> list, Function<T, ?> id,
                                                               int size, Runnable arrivals) {
        List<Object> before = list.apply(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().<Object>map(id).toList();
        Slice<T> first = list.apply(PageRequest.first(size));
        assertThat(first.next()).as("the list has more than one page of %d before records arrive", size).isPresent();

        arrivals.run();

        List<Object> seen = new ArrayList<>(first.items().stream().map(id).toList());
        pagesFrom(list, first.next(), size).stream().map(id).forEach(seen::add);
        assertThat(seen).as("items handed out across the pages while records arrived").doesNotHaveDuplicates();
        assertThat(seen.stream().filter(before::contains).toList())
                .as("the items that existed before, none skipped and in their order").containsExactlyElementsOf(before);
        List<Object> now = list.apply(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().<Object>map(id).toList();
        assertThat(now).as("records arrived, the test adds some to the list").hasSizeGreaterThan(before.size());
    }
}
