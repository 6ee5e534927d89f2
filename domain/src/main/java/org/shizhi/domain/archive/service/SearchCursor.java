package org.shizhi.domain.archive.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.SearchAfter;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The opaque {@code nextCursor}: where the last page ended, the moment of the first page (so records indexed later
 * stay out of the remaining pages) and a fingerprint of the search it belongs to.
 */
record SearchCursor(SearchAfter after, long indexedUpTo, int fingerprint) {

    String encode() {
        String plain = "1|" + Float.floatToIntBits(after.score()) + '|' + after.closedEpochDay() + '|' + after.id().value()
                + '|' + indexedUpTo + '|' + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, int expectedFingerprint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 6 || !parts[0].equals("1")) {
                throw new IllegalArgumentException("unknown cursor form");
            }
            SearchCursor c = new SearchCursor(new SearchAfter(Float.intBitsToFloat(Integer.parseInt(parts[1])),
                    Long.parseLong(parts[2]), new CaseId(parts[3])), Long.parseLong(parts[4]), Integer.parseInt(parts[5]));
            if (c.fingerprint != expectedFingerprint) {
                throw new InvalidValueException("cursor", "the cursor belongs to another search: repeat the search without it");
            }
            return c;
        } catch (IllegalArgumentException | InvalidValueException e) {
            if (e instanceof InvalidValueException iv) {
                throw iv;
            }
            throw new InvalidValueException("cursor", "the cursor is not one this search handed out");
        }
    }
}
