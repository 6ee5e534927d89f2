package org.shizhi.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One page of an ordered list and, when more items may follow, the position the next page starts after. */
public record Slice<T>(List<T> items, Optional<Position> next) {

    public Slice {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The page out of rows read with {@code limit + 1}: the extra row, if there, only says that more follow.
     *
     * @param positionOf the position of an item in the list's order
     */
    public static <T> Slice<T> of(List<T> rows, PageRequest request, Function<? super T, Position> positionOf) {
        if (rows.size() <= request.limit()) {
            return new Slice<>(rows, Optional.empty());
        }
        List<T> page = rows.subList(0, request.limit());
        return new Slice<>(page, Optional.of(positionOf.apply(page.get(page.size() - 1))));
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), Optional.empty());
    }

    /** The same page with each item mapped; positions stay those of the source items. */
    public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(items.stream().<R>map(mapper).toList(), next);
    }
}
