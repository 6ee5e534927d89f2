package org.shizhi.domain.archive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;

class SearchTextTest {

    @Test
    void wordsPhrasesExclusionsAndOrBecomeClauses() {
        SearchText.Keywords k = (SearchText.Keywords) SearchText.parse("噪音 \"夜间 施工\" -广场舞 漏水 OR 讨薪", SearchText.Mode.AUTO);
        assertThat(k.clauses()).containsExactly(new SearchText.Clause(false, List.of("噪音")),
                new SearchText.Clause(false, List.of("夜间 施工")), new SearchText.Clause(true, List.of("广场舞")),
                new SearchText.Clause(false, List.of("漏水", "讨薪")));
    }

    @Test
    void aLongTextWithoutOperatorsIsADescription() {
        assertThat(SearchText.parse("我家楼上的邻居经常在夜间装修施工，噪音很大，严重扰民。我们跟他协商过多次，一直没有结果。",
                SearchText.Mode.AUTO)).isInstanceOf(SearchText.Description.class);
        assertThat(SearchText.parse("", SearchText.Mode.AUTO)).isInstanceOf(SearchText.Everything.class);
    }

    @Test
    void malformedQueriesAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> SearchText.parse("\"夜间施工", SearchText.Mode.KEYWORDS)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> SearchText.parse("-噪音", SearchText.Mode.KEYWORDS)).hasMessageContaining("not excluded");
        assertThatThrownBy(() -> SearchText.parse("OR 噪音", SearchText.Mode.KEYWORDS)).hasMessageContaining("OR stands");
        assertThatThrownBy(() -> SearchText.parse("字".repeat(10_001), SearchText.Mode.AUTO)).hasMessageContaining("10000");
    }
}
