package org.shizhi.adapters.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.SearchText;

class QueryPlanTest {

    private final CaseAnalysis analysis = new CaseAnalysis();

    /** An index in which each word of the test's descriptions is held by {@code holding} cases. */
    private static WordStatistics index(Map<String, Long> holding) {
        return words -> {
            Map<String, Long> asked = new HashMap<>();
            words.forEach(w -> asked.put(w, holding.getOrDefault(w, 0L)));
            return asked;
        };
    }

    private QueryPlan.Similar similar(String description, WordStatistics statistics) {
        return (QueryPlan.Similar) QueryPlan.of(new SearchText.Description(description), analysis, statistics);
    }

    @Test
    void aDescriptionDropsWordsNoCaseHolds() {
        QueryPlan.Similar plan = similar("楼上装修噪音扰民", index(Map.of("装修", 40L, "噪音", 25L)));
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("only the words some case holds")
                .containsExactlyInAnyOrder("装修", "噪音");
    }

    @Test
    void aLongDescriptionKeepsTheWordsItUsesMostUpToTheLimit() {
        StringBuilder text = new StringBuilder();
        Map<String, Long> holding = new HashMap<>();
        List<String> once = analysis.words("调解协议赔偿纠纷当事人社区街道物业邻居房屋工资单位合同借款医疗车辆道路施工噪音漏水"
                + "老人子女婚姻财产土地租金押金装修楼道停车宠物垃圾广场保险学校儿童商铺餐馆超市银行快递");
        for (String w : once) {
            holding.put(w, 50L);
            text.append(w).append('。');
        }
        List<String> thrice = List.of("宅基地", "滴水檐", "界桩");
        for (String w : thrice) {
            holding.put(w, 3L);
            text.append(w).append('，').append(w).append('，').append(w).append('。');
        }
        QueryPlan.Similar plan = similar(text.toString(), index(holding));
        assertThat(plan.words()).hasSize(QueryPlan.MAX_DESCRIPTION_WORDS);
        assertThat(plan.words()).extracting(QueryPlan.Weighted::word).as("the words said three times lead")
                .startsWith(thrice.toArray(String[]::new));
    }

    @Test
    void aWordTheDescriptionRepeatsWeighsMore() {
        QueryPlan.Similar plan = similar("装修，装修，装修，噪音。", index(Map.of("装修", 10L, "噪音", 10L)));
        Map<String, Float> weights = new HashMap<>();
        plan.words().forEach(w -> weights.put(w.word(), w.weight()));
        assertThat(weights.get("装修")).as("said three times").isGreaterThan(weights.get("噪音"));
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
