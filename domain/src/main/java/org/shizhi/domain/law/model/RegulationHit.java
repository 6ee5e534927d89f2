package org.shizhi.domain.law.model;

import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A regulation a search found, and how well it matches the query. The relevance is stated, not learnt: each distinct
 * token of the query (as the archive's Chinese analysis cuts it: a bigram, a lone character, a Latin word) scores 2
 * where the title holds it and 1 where the text does, and {@code score} is the sum over the tokens, of at most
 * {@code maxScore} = 3 per token. A word in the title counts twice a word in the text: a title names what the
 * regulation governs, a text mentions much in passing.
 */
public record RegulationHit(Regulation regulation, int score, int maxScore) {

    public RegulationHit {
        Objects.requireNonNull(regulation, "regulation");
        if (maxScore < 1 || score < 0 || score > maxScore) {
            throw new InvalidValueException("score", "a hit scores 0 to its maximum, got " + score + " of " + maxScore);
        }
    }

    /** The score's share of the most the query could score: 1 when title and text hold every token. */
    public double relevance() {
        return (double) score / maxScore;
    }
}
