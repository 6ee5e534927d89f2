package org.shizhi.domain.grid.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * How alike two event texts are, for duplicate suggestions: the Jaccard index of their character bigrams after
 * normalising (NFKC, so full-width ＡＢＣ１２３ match ASCII; punctuation, symbols and white space removed; Latin letters
 * lower-cased). Chinese has no spaces between words, so pairs of adjacent characters stand in for words: 消防隐患
 * gives 消防, 防隐, 隐患.
 *
 * <p>{@value #DUPLICATE_THRESHOLD} is the threshold. Measured on reports of one estate: the same matter reported
 * twice in other words ("3栋楼道堆放大量杂物，存在消防隐患" / "3栋楼道堆满杂物，有消防隐患！") scores 0.5–0.7;
 * unrelated matters that share the estate's name score 0.1–0.25; a thorough rewording of the same matter scores
 * about 0.3 and is not suggested. Suggestions are cheap (a person decides whether to merge), so the threshold leans
 * to suggesting. Simplified and traditional characters are not unified.
 */
public final class TextSimilarity {

    public static final double DUPLICATE_THRESHOLD = 0.4;

    private TextSimilarity() {
    }

    /** The Jaccard index of the two texts' bigram sets, 0 (nothing shared) to 1 (the same bigrams). */
    public static double jaccard(String a, String b) {
        return to(a).jaccardWith(b);
    }

    /** A text ready to be compared with many others: its bigrams are made once. */
    public static Prepared to(String text) {
        return new Prepared(bigrams(text));
    }

    /**
     * A text's bigrams as {@link Prepared#bigrams()} gave them, e.g. stored beside the text so that intake need not
     * make them again for every candidate.
     *
     * @throws IllegalArgumentException if they are not distinct and ascending
     */
    public static Prepared fromBigrams(long[] bigrams) {
        for (int i = 1; i < bigrams.length; i++) {
            if (bigrams[i - 1] >= bigrams[i]) {
                throw new IllegalArgumentException("bigrams must be distinct and ascending; at " + i + " they are not");
            }
        }
        return new Prepared(bigrams.clone());
    }

    /** A text's bigrams, to compare with others. */
    public static final class Prepared {
        private final long[] grams;

        private Prepared(long[] grams) {
            this.grams = grams;
        }

        public double jaccardWith(String other) {
            return jaccardWith(to(other));
        }

        public double jaccardWith(Prepared other) {
            long[] theirs = other.grams;
            if (grams.length == 0 || theirs.length == 0) {
                return 0;
            }
            int shared = 0;
            for (int i = 0, j = 0; i < grams.length && j < theirs.length; ) {
                int order = Long.compare(grams[i], theirs[j]);
                if (order == 0) {
                    shared++;
                    i++;
                    j++;
                } else if (order < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) shared / (grams.length + theirs.length - shared);
        }

        /** How many distinct bigrams there are. */
        public int size() {
            return grams.length;
        }

        /** The distinct bigrams, each packed into a long, ascending: what {@link #fromBigrams} takes back. */
        public long[] bigrams() {
            return grams.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Prepared that && Arrays.equals(grams, that.grams);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(grams);
        }

        @Override
        public String toString() {
            return grams.length + " bigrams";
        }
    }

    public static boolean probablyDuplicates(String a, String b) {
        return jaccard(a, b) >= DUPLICATE_THRESHOLD;
    }

    /** Letters and digits only, NFKC-normalised, Latin lower case. */
    public static String normalise(String text) {
        // Intake compares every report with up to a hundred others: skip the normaliser's copy when it changes nothing.
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The distinct adjacent code-point pairs of the normalised text, each packed into a long (a code point fits in
     * 21 bits) and sorted, so that two sets meet in one merge pass without a string per pair; a one-character text
     * is its own "bigram".
     */
    static long[] bigrams(String text) {
        int[] cps = normalise(text).codePoints().toArray();
        if (cps.length == 1) {
            return new long[] {cps[0]};
        }
        long[] grams = new long[Math.max(0, cps.length - 1)];
        for (int i = 0; i + 1 < cps.length; i++) {
            grams[i] = ((long) cps[i] << 21 | cps[i + 1]) + (1L << 42); // offset: never equal to a lone character
        }
        return LongStream.of(grams).sorted().distinct().toArray();
    }
}
