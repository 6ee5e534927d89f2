package org.shizhi.adapters.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shizhi.domain.archive.model.SearchText;

/**
 * A parsed query in tokens, which each backend turns into its own query objects the same way:
 * <ul>
 *   <li>a {@link Keywords} query: each clause is satisfied when one of its alternatives' bigram phrases occurs in
 *       the {@code bigrams} field (or, for an excluded clause, when none does); the alternatives' words add to the score
 *       in the {@code words} field without deciding anything;</li>
 *   <li>a {@link Similar} query: a few dozen of the description's most telling words, each an optional term in the
 *       {@code words} field with a weight; a case sharing one in ten of them (at least one) is a hit, ranked by BM25. A
 *       bounded number of clauses, so a 10,000-character text cannot hit a clause limit.</li>
 * </ul>
 */
public sealed interface QueryPlan {

    /** At most this many words from a description. */
    int MAX_DESCRIPTION_WORDS = 48;

    record Alternative(String text, List<String> bigrams, List<String> words) {
    }

    record Clause(boolean excluded, List<Alternative> alternatives) {
    }

    record Everything() implements QueryPlan {
    }

    record Keywords(List<Clause> clauses) implements QueryPlan {
    }

    record Weighted(String word, float weight) {
    }

    /**
     * @param minimumShouldMatch how many of the words a case must share to be a hit: one in ten, at least one. A
     *                           case sharing a single common word with a long description is not similar, and leaving
     *                           it out spares scoring most of a large archive.
     */
    record Similar(List<Weighted> words, int minimumShouldMatch) implements QueryPlan {

        public Similar(List<Weighted> words) {
            this(words, Math.max(1, (words.size() + 9) / 10));
        }
    }

    /** The terms a result should show highlighted. */
    default List<String> matchTerms() {
        return switch (this) {
            case Everything e -> List.of();
            case Keywords k -> k.clauses().stream().filter(c -> !c.excluded())
                    .flatMap(c -> c.alternatives().stream().map(Alternative::text)).toList();
            case Similar s -> s.words().stream().map(Weighted::word).toList();
        };
    }

    /** Words that tell nothing about a case, however often a description uses them. */
    Set<String> FILLER = Set.of("我们", "他们", "你们", "自己", "一个", "没有", "因为", "所以", "但是", "可以", "这个", "那个",
            "已经", "现在", "时候", "如果", "还是", "就是", "什么", "怎么", "希望", "能够", "进行", "相关", "问题", "情况",
            "表示", "认为", "要求", "由于", "以及", "或者", "而且", "并且", "不是", "一直", "多次", "经常", "非常", "可能");

    static QueryPlan of(SearchText text, CaseAnalysis analysis) {
        return switch (text) {
            case SearchText.Everything e -> new Everything();
            case SearchText.Keywords k -> new Keywords(k.clauses().stream().map(c -> new Clause(c.excluded(),
                    c.alternatives().stream().map(a -> new Alternative(a, analysis.bigrams(a), analysis.words(a)))
                            .filter(a -> !a.bigrams().isEmpty()).toList()))
                    .filter(c -> !c.alternatives().isEmpty()).toList());
            case SearchText.Description d -> new Similar(telling(analysis.words(d.text())));
        };
    }

    /**
     * The description's words worth searching for: two characters or more (one-character Chinese words are mostly
     * particles), not filler, the most frequent first (longer ones first among equals), weighted by
     * {@code 1 + ln(frequency)} so that a word the description repeats counts more without drowning the rest.
     */
    private static List<Weighted> telling(List<String> words) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (String w : words) {
            if (w.codePointCount(0, w.length()) >= 2 && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        int i = 0;
        for (String w : freq.keySet()) {
            firstSeen.put(w, i++);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(freq.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> -e.getKey().length()).thenComparing(e -> firstSeen.get(e.getKey())));
        return ranked.stream().limit(MAX_DESCRIPTION_WORDS)
                .map(e -> new Weighted(e.getKey(), (float) (1 + Math.log(e.getValue())))).toList();
    }
}
