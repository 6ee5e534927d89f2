package org.shizhi.domain.shared;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keyset pages over the in-memory test doubles, in the orders the SQL adapters read: a page holds the items strictly
 * after the request's position, so the doubles keep cursors stable while records arrive exactly as the stores do.
 */
public final class InMemoryPages {

    private InMemoryPages() {
    }

    /**
     * Items keyed by an instant (earliest or newest first) with UUID ids ascending on ties. UUIDs compare as their
     * canonical text, which orders as the databases' unsigned bytes do.
     */
    public static Comparator<Position> byInstant(boolean newestFirst) {
        Comparator<Position> byKey = Comparator.comparing(Position::instantKey);
        return (newestFirst ? byKey.reversed() : byKey).thenComparing(p -> p.uuidId().toString());
    }

    /** Items keyed by a date, earliest first, UUID ids ascending on ties. */
    public static Comparator<Position> byDate() {
        return Comparator.comparing(Position::dateKey).thenComparing(p -> p.uuidId().toString());
    }

    /** Items keyed by text (a code, a name), ids as text on ties. */
    public static Comparator<Position> byText() {
        return Comparator.comparing(Position::key).thenComparing(Position::id);
    }

    /** Items keyed by text with UUID ids ascending on ties. */
    public static Comparator<Position> byTextThenUuid() {
        return Comparator.comparing(Position::key).thenComparing(p -> p.uuidId().toString());
    }

    /** The page of {@code items} (already filtered) that the request asks for, in {@code order}. */
    public static <T> Slice<T> page(Stream<T> items, PageRequest request, Function<? super T, Position> positionOf,
                                    Comparator<Position> order) {
        Comparator<T> byPosition = Comparator.comparing(positionOf, order);
        List<T> rows = items
                .filter(item -> request.after().map(after -> order.compare(positionOf.apply(item), after) > 0).orElse(true))
                .sorted(byPosition)
                .limit(request.limit() + 1L)
                .toList();
        return Slice.of(rows, request, positionOf);
    }
}
