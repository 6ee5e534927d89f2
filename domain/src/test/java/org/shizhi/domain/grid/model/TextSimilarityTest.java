package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void theSameHazardReportedTwiceInOtherWordsIsAProbableDuplicate() {
        String worker = "锦华小区3栋楼道堆放大量杂物，存在消防隐患。";
        String hotline = "锦华小区3栋楼道堆满杂物，有消防隐患！";

        assertThat(TextSimilarity.jaccard(worker, hotline)).as("shared bigrams 锦华 华小 小区 区3 3栋 栋楼 楼道 杂物 消防 防隐 隐患")
                .isGreaterThanOrEqualTo(TextSimilarity.DUPLICATE_THRESHOLD);
        assertThat(TextSimilarity.probablyDuplicates("春熙路12号餐馆油烟直排，居民反映味道很大", "春熙路12号餐馆油烟直排，味道很大，居民多次反映"))
                .isTrue();
    }

    @Test
    void anotherMatterInTheSameEstateIsNotADuplicateThoughItSharesTheName() {
        assertThat(TextSimilarity.jaccard("锦华小区3栋楼道堆放大量杂物，存在消防隐患。", "锦华小区5栋楼下夜间烧烤噪音扰民"))
                .isLessThan(TextSimilarity.DUPLICATE_THRESHOLD);
        assertThat(TextSimilarity.jaccard("春熙路12号餐馆油烟直排", "总府路社区3组张某与李某因宅基地边界发生纠纷")).isZero();
    }

    @Test
    void punctuationWhiteSpaceFullWidthFormsAndLatinCaseDoNotMatter() {
        assertThat(TextSimilarity.jaccard("３栋 ＡＢ楼道，杂物！", "3栋ab楼道杂物")).isEqualTo(1.0, within(1e-9));
        assertThat(TextSimilarity.normalise("“锦华小区”3栋\n楼道…")).isEqualTo("锦华小区3栋楼道");
    }

    @Test
    void textsWithNoLettersOrDigitsAreSimilarToNothing() {
        assertThat(TextSimilarity.jaccard("！！！", "！！！")).isZero();
        assertThat(TextSimilarity.jaccard("火", "火")).as("a one-character text is its own bigram").isEqualTo(1.0);
    }

    @Test
    void storedBigramsCompareAsTheTextTheyWereMadeFrom() {
        TextSimilarity.Prepared reported = TextSimilarity.to("锦华小区3栋楼道堆满杂物，有消防隐患！");
        TextSimilarity.Prepared stored = TextSimilarity.fromBigrams(TextSimilarity.to("锦华小区3栋楼道堆放大量杂物，存在消防隐患。").bigrams());

        assertThat(stored).isEqualTo(TextSimilarity.to("锦华小区3栋楼道堆放大量杂物，存在消防隐患。"));
        assertThat(reported.jaccardWith(stored)).isEqualTo(TextSimilarity.jaccard("锦华小区3栋楼道堆满杂物，有消防隐患！",
                "锦华小区3栋楼道堆放大量杂物，存在消防隐患。"));
    }

    @Test
    void bigramsThatAreNotDistinctAndAscendingAreRefused() {
        assertThatThrownBy(() -> TextSimilarity.fromBigrams(new long[] {3, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextSimilarity.fromBigrams(new long[] {2, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextSimilarity.fromBigrams(new long[0]).jaccardWith("楼道")).isZero();
    }
}
