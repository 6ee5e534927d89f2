package org.shizhi.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.shizhi.domain.shared.Page;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Cursor pagination ({@code cursor}, {@code limit}, {@code nextCursor}) over the domain's ordered lists, which it
 * reads in offset slices ({@link Page}).
 *
 * <p>A cursor marks a place in the list, not a count: it names the last item the previous page handed out (its id and,
 * where the list's order compares the same here as in the store, its sort key), plus where that item stood then. The
 * next page resumes right after that item wherever it stands now, so that records arriving or leaving meanwhile
 * neither repeat nor push items off a page:
 * <ol>
 *   <li>the item is looked for around its old place (records added before it push it forward, records gone pull it
 *       back);</li>
 *   <li>if it is no longer near, or no longer in the list, the first item not before its sort key is found by a
 *       binary search over single-item reads (an item of an equal key may then come twice, none is lost);</li>
 *   <li>a list without a comparable key resumes at the old place.</li>
 * </ol>
 * Every filter is the domain's to apply in its query, so a page is full while items remain.
 *
 * <p>The cursor is base64url of a small JSON object, bound to the list and its filters by a fingerprint; it carries
 * nothing a caller could not read from the list itself, and the domain checks the caller on every read.
 */
final class Paging {

    /** Orders of lists keyed by an instant in ISO-8601 text. */
    static final java.util.Comparator<String> NEWEST_FIRST = java.util.Comparator.comparing(java.time.Instant::parse,
            java.util.Comparator.reverseOrder());
    static final java.util.Comparator<String> EARLIEST_FIRST = java.util.Comparator.comparing(java.time.Instant::parse);

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** How far before its old place the last item of the previous page is looked for. */
    static final int BACK_MARGIN = 25;
    private static final int MAX_CURSOR_LENGTH = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Paging() {
    }

    /** Reads {@code limit} (at most {@link Page#MAX_LIMIT}) items from {@code offset} of the ordered list. */
    @FunctionalInterface
    interface Slices<T> {
        List<T> read(int offset, int limit);
    }

    /**
     * The order of a list by a key that compares the same here as in the store (an instant, a code of digits).
     *
     * @param key     the item's key as text
     * @param compare negative if key {@code a} comes before key {@code b} in the list, zero if equal
     */
    record Order<T>(Function<T, String> key, java.util.Comparator<String> compare) {
    }

    /**
     * One list as a request sees it.
     *
     * @param identity the list and its filters; a cursor is valid only for the same identity
     * @param slices   reads the list
     * @param id       an item's identity
     * @param order    the list's order, if its key compares the same here as in the store
     */
    record Spec<T>(String identity, Slices<T> slices, Function<T, String> id, Optional<Order<T>> order) {

        Spec {
            Objects.requireNonNull(identity);
            Objects.requireNonNull(slices);
            Objects.requireNonNull(id);
            Objects.requireNonNull(order);
        }

        static <T> Spec<T> of(String identity, Slices<T> slices, Function<T, String> id) {
            return new Spec<>(identity, slices, id, Optional.empty());
        }

        Spec<T> ordered(Function<T, String> key, java.util.Comparator<String> compare) {
            return new Spec<>(identity, slices, id, Optional.of(new Order<>(key, compare)));
        }
    }

    /** One page: its items and, unless it is the last, the cursor of the next. */
    record Result<T>(List<T> items, Optional<String> nextCursor) {
    }

    /** The {@code limit} parameter: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} if absent. */
    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    /** An in-memory list read in slices, for the domain's reads that return a whole list. */
    static <T> Slices<T> of(java.util.function.Supplier<List<T>> whole) {
        return new Slices<>() {
            private List<T> all;

            @Override
            public List<T> read(int offset, int limit) {
                if (all == null) {
                    all = List.copyOf(whole.get());
                }
                return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
            }
        };
    }

    static <T> Result<T> page(Spec<T> spec, String cursorText, Integer limitParameter) {
        int limit = limit(limitParameter);
        Optional<Cursor> cursor = Cursor.decode(cursorText, fingerprint(spec.identity()));
        cursor.filter(c -> c.key() != null).ifPresent(c -> spec.order().ifPresent(order -> {
            try {
                order.compare().compare(c.key(), c.key());
            } catch (RuntimeException e) {
                throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
            }
        }));
        int batch = limit + 1;
        Probe<T> probe = new Probe<>(spec.slices());

        int start = 0;
        List<T> prefetched = List.of();
        String skipId = null;
        if (cursor.isPresent()) {
            Cursor c = cursor.get();
            int from = Math.max(0, c.offset() - BACK_MARGIN);
            int length = Math.min(Page.MAX_LIMIT, c.offset() - from + batch);
            List<T> window = spec.slices().read(from, length);
            int at = indexOf(window, spec.id(), c.id());
            if (at >= 0) {
                start = from + at + 1;
                prefetched = window.subList(at + 1, window.size());
            } else if (spec.order().isPresent() && c.key() != null) {
                Order<T> order = spec.order().get();
                start = search(probe, item -> order.compare().compare(order.key().apply(item), c.key()) >= 0, c.offset());
                skipId = c.id();
            } else {
                start = c.offset();
            }
        }

        Reader<T> reader = new Reader<>(spec.slices(), start, prefetched, batch);
        List<T> items = new ArrayList<>(limit);
        int afterReturned = -1;
        boolean more = false;
        while (true) {
            Optional<T> next = reader.next();
            if (next.isEmpty()) {
                break;
            }
            T item = next.get();
            if (skipId != null && skipId.equals(spec.id().apply(item))) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(item);
            afterReturned = reader.position();
        }
        Optional<String> nextCursor = more ? Optional.of(cursorAfter(spec, items.getLast(), afterReturned)) : Optional.empty();
        return new Result<>(List.copyOf(items), nextCursor);
    }

    private static <T> String cursorAfter(Spec<T> spec, T item, int offset) {
        String key = spec.order().map(o -> o.key().apply(item)).orElse(null);
        return new Cursor(1, fingerprint(spec.identity()), offset, spec.id().apply(item), key).encode();
    }

    private static <T> int indexOf(List<T> items, Function<T, String> id, String wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (wanted.equals(id.apply(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first position whose item meets {@code from} (a condition that, in list order, is false and then true), or
     * the end of the list: an exponential search from {@code hint}, then a binary search, over single-item reads.
     */
    static <T> int search(Probe<T> probe, Predicate<T> from, int hint) {
        hint = Math.max(0, hint);
        int lo;
        int hi;
        if (probe.meets(hint, from)) {
            hi = hint;
            int step = 1;
            while (true) {
                int at = hint - step;
                if (at < 0) {
                    lo = 0;
                    break;
                }
                if (!probe.meets(at, from)) {
                    lo = at + 1;
                    break;
                }
                hi = at;
                step *= 2;
            }
        } else {
            lo = hint + 1;
            int step = 1;
            while (true) {
                int at = hint + step;
                if (probe.meets(at, from)) {
                    hi = at;
                    break;
                }
                lo = at + 1;
                step *= 2;
            }
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (probe.meets(mid, from)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Single-item reads, each made once; past the end counts as meeting any condition. */
    static final class Probe<T> {
        private final Slices<T> slices;
        private final Map<Integer, Optional<T>> seen = new HashMap<>();

        Probe(Slices<T> slices) {
            this.slices = slices;
        }

        boolean meets(int position, Predicate<T> condition) {
            Optional<T> item = seen.computeIfAbsent(position, p -> slices.read(p, 1).stream().findFirst());
            return item.isEmpty() || condition.test(item.get());
        }
    }

    /** Reads the list forward from a position in batches, starting with what was already read there. */
    private static final class Reader<T> {
        private final Slices<T> slices;
        private final int batch;
        private List<T> buffer;
        private int index;
        private int position;
        private boolean ended;

        Reader(Slices<T> slices, int start, List<T> prefetched, int batch) {
            this.slices = slices;
            this.batch = Math.min(batch, Page.MAX_LIMIT);
            this.buffer = prefetched;
            this.position = start;
        }

        Optional<T> next() {
            if (index >= buffer.size()) {
                if (ended) {
                    return Optional.empty();
                }
                buffer = slices.read(position, batch);
                index = 0;
                if (buffer.size() < batch) {
                    ended = true;
                }
                if (buffer.isEmpty()) {
                    return Optional.empty();
                }
            }
            position++;
            return Optional.of(buffer.get(index++));
        }

        /** The position after the last item read. */
        int position() {
            return position;
        }
    }

    static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param v the format (1)
     * @param f the fingerprint of the list and its filters
     * @param o where the item stood then: the position after it
     * @param i the item's id
     * @param k the item's sort key, for a list whose order compares here as in the store
     */
    record Cursor(int v, String f, int o, String i, String k) {

        int offset() {
            return o;
        }

        String id() {
            return i;
        }

        String key() {
            return k;
        }

        String encode() {
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Optional<Cursor> decode(String text, String fingerprint) {
            if (text == null || text.isEmpty()) {
                return Optional.empty();
            }
            Cursor cursor;
            try {
                if (text.length() > MAX_CURSOR_LENGTH) {
                    throw new IllegalArgumentException("too long");
                }
                cursor = JSON.readValue(Base64.getUrlDecoder().decode(text.strip()), Cursor.class);
            } catch (IllegalArgumentException | java.io.IOException e) {
                throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
            }
            if (cursor.v() != 1 || cursor.o() < 0 || cursor.i() == null) {
                throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
            }
            if (!fingerprint.equals(cursor.f())) {
                throw new InvalidValueException("cursor", "cursor belongs to another list or other filters; pass the same"
                        + " filters as for the page it came with, or start again without it");
            }
            return Optional.of(cursor);
        }
    }
}
