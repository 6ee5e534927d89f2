package org.shizhi.adapters.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.SearchText;

class QueryPlanTest {

    private final CaseAnalysis analysis = new CaseAnalysis();

    /** An index in which each word of the test's descriptions is held by {@code holding} cases. */
    private static FactStatistics index(Map<String, Long> holding) {
        return words -> {
            Map<String, Long> asked = new HashMap<>();
            words.forEach(w -> asked.put(w, holding.getOrDefault(w, 0L)));
            return asked;
        };
    }

    private QueryPlan.Similar similar(String description, FactStatistics statistics) {
        return (QueryPlan.Similar) QueryPlan.of(new SearchText.Description(description), analysis, statistics);
    }

    @Test
    void aDescriptionDropsBigramsNoCaseHolds() {
        QueryPlan.Similar plan = similar("楼上装修噪音扰民", index(Map.of("装修", 40L, "噪音", 25L)));
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("only the bigrams some case's facts hold")
                .containsExactlyInAnyOrder("装修", "噪音");
    }

    /** {@code length} distinct characters in a run: {@code length - 1} distinct bigrams, each once. */
    private static String run(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x4E00 + i);
        }
        return text.toString();
    }

    @Test
    void aDescriptionWithMoreBigramsThanTheLimitKeepsTheRarest() {
        String text = run(401);
        List<String> bigrams = analysis.bigrams(text);
        Map<String, Long> holding = new HashMap<>();
        // The later a bigram stands, the fewer cases hold it: the rarest are the last 256.
        for (int i = 0; i < bigrams.size(); i++) {
            holding.put(bigrams.get(i), 1_000L - i);
        }
        QueryPlan.Similar plan = similar(text, index(holding));
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("the 256 bigrams the fewest cases hold, in the description's order")
                .containsExactlyElementsOf(bigrams.subList(bigrams.size() - QueryPlan.MAX_DESCRIPTION_TERMS, bigrams.size()));
    }

    @Test
    void aDescriptionWithinTheLimitKeepsEveryHeldBigramHoweverCommon() {
        String text = run(201);
        Map<String, Long> holding = new HashMap<>();
        analysis.bigrams(text).forEach(b -> holding.put(b, 90_000L));
        QueryPlan.Similar plan = similar(text, index(holding));
        assertThat(plan.words()).as("200 distinct bigrams, all held").hasSize(200);
    }

    @Test
    void amongEquallyRareBigramsTheOnesTheDescriptionRepeatsAreKept() {
        String text = run(1_200) + "。宅基地，宅基地，宅基地。";
        Map<String, Long> holding = new HashMap<>();
        analysis.bigrams(text).forEach(b -> holding.put(b, 3L));
        QueryPlan.Similar plan = similar(text, index(holding));
        assertThat(plan.words()).hasSize(QueryPlan.MAX_DESCRIPTION_TERMS);
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("the bigrams said three times, then the earlier")
                .contains("宅基", "基地").startsWith(analysis.bigrams(text).getFirst());
    }

    @Test
    void aPasteOfThousandsOfBigramsLooksUpOnlyTheOnesItUsesMost() {
        String text = run(5_000) + "。宅基地，宅基地，宅基地。";
        List<List<String>> asked = new ArrayList<>();
        QueryPlan.Similar plan = similar(text, words -> {
            asked.add(List.copyOf(words));
            Map<String, Long> held = new HashMap<>();
            words.forEach(w -> held.put(w, 5L));
            return held;
        });
        assertThat(asked).as("one look-up").hasSize(1);
        assertThat(asked.getFirst()).as("at most the bound, the repeated bigrams among them")
                .hasSize(QueryPlan.MAX_LOOKED_UP_TERMS).contains("宅基", "基地");
        assertThat(plan.words()).hasSize(QueryPlan.MAX_DESCRIPTION_TERMS);
    }

    @Test
    void everyBigramCountsOnceAndBm25WeighsThem() {
        QueryPlan.Similar plan = similar("装修，装修，装修，噪音。", index(Map.of("装修", 10L, "噪音", 10L)));
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("distinct bigrams").containsExactly("装修", "噪音");
        assertThat(plan.words()).extracting(QueryPlan.Weighted::weight).as("no weight beside BM25's").containsOnly(1f);
    }

    @Test
    void theHighlightIsTheDescriptionsMostUsedWordsNotItsBigrams() {
        QueryPlan.Similar plan = similar("楼上装修，装修噪音扰民，装修到深夜。", index(Map.of("装修", 10L, "噪音", 10L)));
        assertThat(plan.matchTerms()).as("words, the most used first").startsWith("装修").contains("噪音")
                .hasSizeLessThanOrEqualTo(QueryPlan.MAX_HIGHLIGHTED_WORDS);
    }

    @Test
    void theSameStatisticsChooseTheSameWords() {
        String text = "邻居家的狗每天夜里叫个不停，物业公司收费不合理且服务很差，工地的渣土车噪音很大。";
        Map<String, Long> holding = new HashMap<>();
        analysis.words(text).forEach(w -> holding.put(w, 7L));
        assertThat(similar(text, index(holding))).as("ties are broken by the description, never by chance")
                .isEqualTo(similar(text, index(new HashMap<>(holding))));
    }

    @Test
    void keywordsNeverAskForStatistics() {
        QueryPlan plan = QueryPlan.of(SearchText.parse("工资 拖欠", SearchText.Mode.KEYWORDS), analysis, words -> {
            throw new AssertionError("a keyword query asked the index for word statistics");
        });
        assertThat(plan).isInstanceOf(QueryPlan.Keywords.class);
    }
}
