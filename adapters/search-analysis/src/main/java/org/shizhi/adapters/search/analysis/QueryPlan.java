package org.shizhi.adapters.search.analysis;

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
 *   <li>a {@link Similar} query: a few dozen of the description's most telling words (the ones it uses most that
 *       some case holds), each an optional term in the {@code words} field with a weight, ranked by BM25; the
 *       backend answers the best {@link org.shizhi.domain.archive.port.out.CaseArchive#SIMILAR_CASES}. A bounded number
 *       of clauses, so a 10,000-character text cannot hit a clause limit.</li>
 * </ul>
 */
public sealed interface QueryPlan {

    /** At most this many words from a description. */
    int MAX_DESCRIPTION_WORDS = 32;

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
     * The words of a pasted description; a case holding any of them is a candidate, and the backend keeps the
     * {@link org.shizhi.domain.archive.port.out.CaseArchive#SIMILAR_CASES most similar}. Requiring a share of the
     * words instead (one in ten was tried) makes Lucene score every candidate rather than skip what cannot make the
     * cut, and ranked worse on ProMediConv (P@5 0.35 against 0.39).
     */
    record Similar(List<Weighted> words) implements QueryPlan {
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

    /**
     * The plan of a search; {@code statistics} is asked only for a pasted description, whose words are chosen by how
     * rare they are in the index being searched.
     */
    static QueryPlan of(SearchText text, CaseAnalysis analysis, WordStatistics statistics) {
        return switch (text) {
            case SearchText.Everything e -> new Everything();
            case SearchText.Keywords k -> new Keywords(k.clauses().stream().map(c -> new Clause(c.excluded(),
                    c.alternatives().stream().map(a -> new Alternative(a, analysis.bigrams(a), analysis.words(a)))
                            .filter(a -> !a.bigrams().isEmpty()).toList()))
                    .filter(c -> !c.alternatives().isEmpty()).toList());
            case SearchText.Description d -> new Similar(telling(analysis.words(d.text()), statistics));
        };
    }

    /**
     * The description's words worth searching for: two characters or more (one-character Chinese words are mostly
     * particles), not filler, not numbers, and held by at least one case of the index searched (a word no case holds
     * can match nothing); the ones the description uses most first, longer ones first among equals, then the earlier.
     * Each is weighted {@code 1 + ln(frequency)}, so that a word the description repeats counts more without drowning
     * the rest; BM25 adds how rare it is. Ranking by rarity instead was tried: it prefers names and places a single
     * case holds, and cut the precision of similar cases on ProMediConv (P@5 0.35 to 0.20).
     */
    private static List<Weighted> telling(List<String> words, WordStatistics statistics) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (String w : words) {
            if (w.codePointCount(0, w.length()) >= 2 && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        if (freq.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        int i = 0;
        for (String w : freq.keySet()) {
            firstSeen.put(w, i++);
        }
        Comparator<String> mostUsed = Comparator.<String>comparingInt(freq::get).reversed()
                .thenComparing(w -> -w.length()).thenComparing(firstSeen::get);
        // Only the most used words are looked up: a long paste has thousands, and few of them could make the cut.
        List<String> candidates = freq.keySet().stream().sorted(mostUsed).limit(4L * MAX_DESCRIPTION_WORDS).toList();
        Map<String, Long> held = statistics.casesHolding(candidates);
        return candidates.stream().filter(w -> held.getOrDefault(w, 0L) > 0)
                .limit(MAX_DESCRIPTION_WORDS)
                .map(w -> new Weighted(w, (float) (1 + Math.log(freq.get(w))))).toList();
    }
}
