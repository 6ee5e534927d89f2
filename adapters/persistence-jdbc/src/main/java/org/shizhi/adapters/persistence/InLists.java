package org.shizhi.adapters.persistence;

import java.util.ArrayList;
import java.util.List;

/** IN lists cut into pieces well under every driver's parameter limit. */
final class InLists {

    static final int CHUNK = 1_000;

    private InLists() {
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>((all.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
