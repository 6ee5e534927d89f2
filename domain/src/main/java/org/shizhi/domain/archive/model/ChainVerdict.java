package org.shizhi.domain.archive.model;

import java.util.Optional;

/**
 * What checking the audit chain found.
 *
 * @param firstBroken the sequence of the first entry whose link does not hold (edited, or following a deleted one)
 * @param reason      in words, for the first broken link
 */
public record ChainVerdict(boolean intact, long checked, Optional<Long> firstBroken, Optional<String> reason) {

    public static ChainVerdict intact(long checked) {
        return new ChainVerdict(true, checked, Optional.empty(), Optional.empty());
    }

    public static ChainVerdict brokenAt(long checked, long sequence, String reason) {
        return new ChainVerdict(false, checked, Optional.of(sequence), Optional.of(reason));
    }
}
