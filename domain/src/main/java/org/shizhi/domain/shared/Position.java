package org.shizhi.domain.shared;

import java.util.Objects;

/**
 * A place in an ordered list: the sort key of the last item a page handed out and that item's id, which breaks ties
 * between equal keys. The next page starts strictly after it, wherever it stands now, so records arriving or leaving
 * meanwhile neither repeat nor push items off a page.
 *
 * @param key the item's sort key as the list's order writes it (an instant in ISO-8601, a code, a date)
 * @param id  the item's id as text
 */
public record Position(String key, String id) {

    public Position {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }
}
