package org.shizhi.adapters.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 *   <li>a {@link Similar} query: the description's distinct bigrams that some case holds, each an optional term in
 *       the {@code facts} field (a case's title and facts), the rarest {@link #MAX_DESCRIPTION_TERMS} where there are more,
 *       ranked by BM25; the backend answers the best
 *       {@link org.shizhi.domain.archive.port.out.CaseArchive#SIMILAR_CASES}. A bounded number of clauses, so a
 *       10,000-character text cannot hit a clause limit.</li>
 * </ul>
 */
public sealed interface QueryPlan {

    /**
     * A description is scored on at most this many of its bigrams: the rarest in the index being searched (fewest
     * cases' facts holding them). BM25 gives a common bigram little weight anyway, and each term is one more stream in
     * the disjunction every candidate case is scored by (three quarters of a description's time in a profile of
     * real-length records). Measured on LeCaRD's 54 development queries: 256 keeps every metric at or above the
     * plain-Lucene reference, 128 does not (docs/search.md). A real description has 213 distinct bigrams at the median,
     * so about half keep all of theirs. Also far under Lucene's and Elasticsearch's clause limit of 1,024 leaf queries.
     */
    int MAX_DESCRIPTION_TERMS = 256;

    /**
     * At most this many of a paste's distinct bigrams are looked up in the index to choose the rarest: the ones it
     * uses most, then the earlier. A real description has 497 at most; a 10,000-character paste has several thousand.
     */
    int MAX_LOOKED_UP_TERMS = 2_000;

    /** At most this many of a description's words are highlighted. */
    int MAX_HIGHLIGHTED_WORDS = 32;

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
     * A pasted description: each of its distinct bigrams (the {@link #MAX_DESCRIPTION_TERMS} rarest) an optional term of
     * the {@link CaseFields#FACTS facts} field, weighted by BM25 alone; a case holding any of them is a candidate, and
     * the backend keeps the {@link org.shizhi.domain.archive.port.out.CaseArchive#SIMILAR_CASES most similar}.
     * {@code highlight} are the description's most used words, for snippets only.
     */
    record Similar(List<Weighted> words, List<String> highlight) implements QueryPlan {
    }

    /** The terms a result should show highlighted. */
    default List<String> matchTerms() {
        return switch (this) {
            case Everything e -> List.of();
            case Keywords k -> k.clauses().stream().filter(c -> !c.excluded())
                    .flatMap(c -> c.alternatives().stream().map(Alternative::text)).toList();
            case Similar s -> s.highlight();
        };
    }

    /** Words that tell nothing about a case, however often a description uses them. */
    Set<String> FILLER = Set.of("我们", "他们", "你们", "自己", "一个", "没有", "因为", "所以", "但是", "可以", "这个", "那个",
            "已经", "现在", "时候", "如果", "还是", "就是", "什么", "怎么", "希望", "能够", "进行", "相关", "问题", "情况",
            "表示", "认为", "要求", "由于", "以及", "或者", "而且", "并且", "不是", "一直", "多次", "经常", "非常", "可能");

    /**
     * The plan of a search; {@code statistics} is asked only for a pasted description, whose bigrams are kept only
     * where some case of the index being searched holds them.
     */
    static QueryPlan of(SearchText text, CaseAnalysis analysis, FactStatistics statistics) {
        return switch (text) {
            case SearchText.Everything e -> new Everything();
            case SearchText.Keywords k -> new Keywords(k.clauses().stream().map(c -> new Clause(c.excluded(),
                    c.alternatives().stream().map(a -> new Alternative(a, analysis.bigrams(a), analysis.words(a)))
                            .filter(a -> !a.bigrams().isEmpty()).toList()))
                    .filter(c -> !c.alternatives().isEmpty()).toList());
            case SearchText.Description d -> new Similar(bigrams(analysis.bigrams(d.text()), statistics),
                    mostUsedWords(analysis.words(d.text())));
        };
    }

    /**
     * The description's distinct bigrams that some case's facts hold (one no case holds can match nothing and would
     * only take a clause), each of weight 1: how rare a bigram is and how often a case uses it is BM25's to weigh, and
     * a bigram repeated in the description counts once, as a plain bigram BM25 run counts it. Measured on LeCaRD's
     * 54 development queries against 32 SmartChinese words over every text (docs/search.md). A description with more
     * than {@link #MAX_DESCRIPTION_TERMS} of them keeps the rarest (fewest cases holding them; among equals the ones it
     * uses more, then the earlier), in the description's order. A paste with more than {@link #MAX_LOOKED_UP_TERMS}
     * distinct bigrams chooses among the ones it uses most, then the earlier.
     */
    private static List<Weighted> bigrams(List<String> bigrams, FactStatistics statistics) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        bigrams.forEach(b -> freq.merge(b, 1, Integer::sum));
        if (freq.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> firstSeen = firstSeen(freq);
        List<String> candidates = new ArrayList<>(freq.keySet());
        if (candidates.size() > MAX_LOOKED_UP_TERMS) {
            candidates.sort(Comparator.<String>comparingInt(freq::get).reversed().thenComparing(firstSeen::get));
            candidates = new ArrayList<>(candidates.subList(0, MAX_LOOKED_UP_TERMS));
            candidates.sort(Comparator.comparing(firstSeen::get));
        }
        Map<String, Long> held = statistics.casesHolding(candidates);
        List<String> kept = candidates.stream().filter(b -> held.getOrDefault(b, 0L) > 0).toList();
        if (kept.size() > MAX_DESCRIPTION_TERMS) {
            Set<String> rarest = new HashSet<>(kept.stream().sorted(Comparator.<String>comparingLong(held::get)
                    .thenComparing(Comparator.<String>comparingInt(freq::get).reversed()).thenComparing(firstSeen::get))
                    .limit(MAX_DESCRIPTION_TERMS).toList());
            kept = kept.stream().filter(rarest::contains).toList();
        }
        return kept.stream().map(b -> new Weighted(b, 1f)).toList();
    }

    /**
     * The words to highlight: two characters or more (one-character Chinese words are mostly particles), not filler,
     * not numbers; the ones the description uses most, longer first among equals, then the earlier.
     */
    private static List<String> mostUsedWords(List<String> words) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (String w : words) {
            if (w.codePointCount(0, w.length()) >= 2 && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Integer> firstSeen = firstSeen(freq);
        return freq.keySet().stream().sorted(Comparator.<String>comparingInt(freq::get).reversed()
                .thenComparing(w -> -w.length()).thenComparing(firstSeen::get)).limit(MAX_HIGHLIGHTED_WORDS).toList();
    }

    private static Map<String, Integer> firstSeen(Map<String, Integer> freq) {
        Map<String, Integer> firstSeen = new HashMap<>();
        int i = 0;
        for (String w : freq.keySet()) {
            firstSeen.put(w, i++);
        }
        return firstSeen;
    }
}
