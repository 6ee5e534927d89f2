package org.shizhi.domain.archive.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.archive.model.SampleCases.BAR_NOISE;
import static org.shizhi.domain.archive.model.SampleCases.CEILING_LEAK;
import static org.shizhi.domain.archive.model.SampleCases.DATA_LEAK;
import static org.shizhi.domain.archive.model.SampleCases.NIGHT_WORKS;
import static org.shizhi.domain.archive.model.SampleCases.RENOVATION_NOISE;
import static org.shizhi.domain.archive.model.SampleCases.SQUARE_DANCE;
import static org.shizhi.domain.archive.model.SampleCases.UNPAID_WAGES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;

/**
 * What every {@link SavedSearchMonitor} must do: a case matches a watched search exactly when the same search over an
 * archive holding it finds it. The expected sets are {@code CaseArchiveContract}'s for the same queries and samples, so
 * both backends' monitors agree with both backends' searches. Subclasses give an empty monitor.
 */
public abstract class SavedSearchMonitorContract {

    private SavedSearchMonitor monitor;

    /** A monitor watching nothing. */
    protected abstract SavedSearchMonitor emptyMonitor();

    @BeforeEach
    void open() {
        monitor = emptyMonitor();
    }

    @AfterEach
    void closeIt() {
        monitor.close();
    }

    private static SavedSearchId newId() {
        return new SavedSearchId(UUID.randomUUID());
    }

    /** Which samples one search, watched alone, is matched by. */
    private Set<CaseId> matchedBy(String q, CaseFilters filters) {
        SavedSearchId id = newId();
        monitor.watch(id, SearchText.parse(q, SearchText.Mode.KEYWORDS), filters);
        try {
            return matches(id, SampleCases.ALL);
        } finally {
            monitor.forget(id);
        }
    }

    private Set<CaseId> matches(SavedSearchId id, List<CaseRecord> records) {
        Set<CaseId> out = new HashSet<>();
        monitor.match(records).forEach((caseId, searches) -> {
            if (searches.contains(id)) {
                out.add(caseId);
            }
        });
        return out;
    }

    private static Set<CaseId> ids(CaseRecord... records) {
        return Set.copyOf(Arrays.stream(records).map(CaseRecord::id).toList());
    }

    @Test
    void aWatchedWordMatchesEveryCaseWhoseTextHoldsIt() {
        assertThat(matchedBy("噪音", CaseFilters.none())).isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE));
        assertThat(matchedBy("数据", CaseFilters.none())).as("数据 inside 大数据").isEqualTo(ids(DATA_LEAK));
        assertThat(matchedBy(SampleCases.MOBILE, CaseFilters.none())).isEqualTo(ids(DATA_LEAK));
    }

    @Test
    void wordsPhrasesExclusionsAndOrMatchAsTheSearchFinds() {
        assertThat(matchedBy("噪音 夜间", CaseFilters.none())).isEqualTo(ids(RENOVATION_NOISE));
        assertThat(matchedBy("\"夜间施工\"", CaseFilters.none())).isEqualTo(ids(RENOVATION_NOISE, NIGHT_WORKS));
        assertThat(matchedBy("\"施工夜间\"", CaseFilters.none())).as("the same characters in another order").isEmpty();
        assertThat(matchedBy("噪音 -广场舞", CaseFilters.none())).isEqualTo(ids(RENOVATION_NOISE, BAR_NOISE));
        assertThat(matchedBy("漏水 OR 讨薪", CaseFilters.none())).isEqualTo(ids(CEILING_LEAK, UNPAID_WAGES));
    }

    @Test
    void filtersNarrowByCityAreaTypeSourceDatesAndTags() {
        CaseFilters none = CaseFilters.none();
        assertThat(matchedBy("噪音", none.withCity(SampleCases.ZHANJIANG))).isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE));
        assertThat(matchedBy("", none.withAreaWithin(SampleCases.CHIKAN))).as("area prefix 440802")
                .isEqualTo(ids(RENOVATION_NOISE, CEILING_LEAK, NIGHT_WORKS));
        assertThat(matchedBy("", none.withCaseTypes(Set.of("邻里纠纷", "劳动争议"))))
                .isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE, NIGHT_WORKS, UNPAID_WAGES));
        assertThat(matchedBy("", none.withSources(Set.of(CaseSource.GRID_EVENT)))).isEqualTo(ids(SQUARE_DANCE, DATA_LEAK));
        assertThat(matchedBy("", none.withOccurred(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty())))
                .isEqualTo(ids(SQUARE_DANCE, DATA_LEAK, BAR_NOISE, NIGHT_WORKS));
        assertThat(matchedBy("", none.withClosed(Optional.empty(), Optional.of(LocalDate.of(2023, 9, 30)))))
                .as("bounds are inclusive").isEqualTo(ids(RENOVATION_NOISE, CEILING_LEAK, UNPAID_WAGES));
        assertThat(matchedBy("", none.withTags(Set.of("噪音", "调解成功")))).as("every tag asked for").isEqualTo(ids(RENOVATION_NOISE));
        assertThat(matchedBy("", none)).as("no text and no filter: every case").isEqualTo(ids(SampleCases.ALL.toArray(CaseRecord[]::new)));
    }

    @Test
    void aCaseOutsideTheWatchedCityOrAreaNeverMatches() {
        CaseFilters xiashan = CaseFilters.none().withCity(SampleCases.ZHANJIANG).withAreaWithin(SampleCases.XIASHAN);
        assertThat(matchedBy("噪音", xiashan)).isEqualTo(ids(SQUARE_DANCE));
        CaseFilters chengdu = CaseFilters.none().withCity(SampleCases.CHENGDU);
        assertThat(matchedBy("噪音", chengdu)).isEqualTo(ids(BAR_NOISE));
    }

    @Test
    void eachCaseNamesEverySearchItMatchesAndOnlyThose() {
        SavedSearchId noise = newId();
        SavedSearchId leak = newId();
        SavedSearchId chengduNoise = newId();
        monitor.watch(noise, SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none());
        monitor.watch(leak, SearchText.parse("漏水", SearchText.Mode.KEYWORDS), CaseFilters.none());
        monitor.watch(chengduNoise, SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none().withCity(SampleCases.CHENGDU));

        Map<CaseId, Set<SavedSearchId>> matched = monitor.match(SampleCases.ALL);

        assertThat(matched).containsOnlyKeys(RENOVATION_NOISE.id(), SQUARE_DANCE.id(), BAR_NOISE.id(), CEILING_LEAK.id());
        assertThat(matched.get(BAR_NOISE.id())).containsExactlyInAnyOrder(noise, chengduNoise);
        assertThat(matched.get(SQUARE_DANCE.id())).containsExactly(noise);
        assertThat(matched.get(CEILING_LEAK.id())).containsExactly(leak);
    }

    @Test
    void watchingAgainReplacesAndForgettingStops() {
        SavedSearchId id = newId();
        monitor.watch(id, SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none());
        monitor.watch(id, SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none().withAreaWithin(SampleCases.CHIKAN));
        assertThat(matches(id, SampleCases.ALL)).as("the narrower filters replaced the first").isEqualTo(ids(RENOVATION_NOISE));

        monitor.forget(id);
        assertThat(monitor.match(SampleCases.ALL)).isEmpty();
        monitor.forget(id);
    }

    @Test
    void nothingWatchedOrNothingGivenMatchesNothing() {
        assertThat(monitor.match(SampleCases.ALL)).isEmpty();
        monitor.watch(newId(), new SearchText.Everything(), CaseFilters.none());
        assertThat(monitor.match(List.of())).isEmpty();
    }

    @Test
    void aDescriptionIsNotWatched() {
        assertThatThrownBy(() -> monitor.watch(newId(), new SearchText.Description("楼上邻居夜间装修，噪音很大，多次协商未果"),
                CaseFilters.none())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manySearchesAndABatchOfCasesAreMatchedInOneCall() {
        List<SavedSearchId> perType = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SavedSearchId id = newId();
            perType.add(id);
            monitor.watch(id, SearchText.parse(i % 2 == 0 ? "噪音" : "施工", SearchText.Mode.KEYWORDS), CaseFilters.none());
        }
        Map<CaseId, Set<SavedSearchId>> matched = monitor.match(SampleCases.ALL);
        assertThat(matched.get(SQUARE_DANCE.id())).hasSize(100);
        assertThat(matched.get(RENOVATION_NOISE.id())).as("噪音 and 施工 both").hasSize(200).containsAll(perType);
    }
}
