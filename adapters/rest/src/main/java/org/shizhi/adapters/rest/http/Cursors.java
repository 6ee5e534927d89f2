package org.shizhi.adapters.rest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * The {@code cursor}, {@code limit} and {@code nextCursor} of every list endpoint, over the domain's keyset pages.
 *
 * <p>A cursor is base64url of the list's fingerprint and the {@link Position} the next page starts after. The
 * fingerprint binds it to one list and its filters, so a cursor carried to another list is refused by name instead of
 * paging something else. It carries nothing the caller could not read from the page itself; the domain checks the
 * caller on every read.
 */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_CURSOR_LENGTH = 1_000;
    private static final String FORMAT = "k1";
    private static final char SEPARATOR = '\n';

    private Cursors() {
    }

    /**
     * The page a request asks for.
     *
     * @param list   the list and its filters, e.g. {@code "disputes|510104|OPEN"}; a cursor is valid only for the same
     * @param cursor the {@code cursor} parameter, absent or empty for the first page
     * @param limit  the {@code limit} parameter: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} if absent
     */
    public static PageRequest request(String list, String cursor, Integer limit) {
        return new PageRequest(decode(list, cursor), limit(limit));
    }

    /** The {@code limit} parameter: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} if absent. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    /** The {@code nextCursor} of a page whose next one starts after {@code position}. */
    public static String encode(String list, Position position) {
        String plain = FORMAT + SEPARATOR + fingerprint(list) + SEPARATOR + position.key() + SEPARATOR + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code nextCursor} of a page, absent on the last one. */
    public static Optional<String> next(String list, Optional<Position> next) {
        return next.map(position -> encode(list, position));
    }

    /**
     * The whole body of a list endpoint: the page the request asks for, read, its items mapped to the contract's
     * model, the next cursor set when more follow.
     *
     * @param list   the list and its filters, as for {@link #request}
     * @param cursor the {@code cursor} parameter
     * @param limit  the {@code limit} parameter
     * @param read   reads the page the request asks for (the domain checks the caller)
     * @param map    an item as the contract shows it
     * @param page   the contract's page holding the mapped items, e.g. {@code new EstatePageJson()::items}
     * @param next   sets the page's {@code nextCursor}
     */
    public static <T, R, P> P page(String list, String cursor, Integer limit, Function<PageRequest, Slice<T>> read,
                                   Function<? super T, ? extends R> map, Function<List<R>, P> page, BiConsumer<P, String> next) {
        return page(list, read.apply(request(list, cursor, limit)), map, page, next);
    }

    /**
     * A page already read (for an endpoint that does something with its items first, such as recording a disclosure)
     * as the contract answers it: the items mapped, the next cursor set when more follow.
     */
    public static <T, R, P> P page(String list, Slice<T> slice, Function<? super T, ? extends R> map, Function<List<R>, P> page,
                                   BiConsumer<P, String> next) {
        P body = page.apply(slice.items().stream().<R>map(map).toList());
        next(list, slice.next()).ifPresent(cursor -> next.accept(body, cursor));
        return body;
    }

    public static Optional<Position> decode(String list, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        String[] parts;
        try {
            if (cursor.length() > MAX_CURSOR_LENGTH) {
                throw new IllegalArgumentException("longer than any cursor handed out");
            }
            parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
                    .split(String.valueOf(SEPARATOR), -1);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        if (parts.length != 4 || !parts[0].equals(FORMAT) || parts[3].isEmpty()) {
            throw notOurs();
        }
        if (!parts[1].equals(fingerprint(list))) {
            throw new InvalidValueException("cursor", "cursor belongs to another list or other filters; pass the same"
                    + " filters as for the page it came with, or start again without it");
        }
        return Optional.of(new Position(parts[2], parts[3]));
    }

    private static InvalidValueException notOurs() {
        return new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
    }

    private static String fingerprint(String list) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(list.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
