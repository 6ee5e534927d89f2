package org.shizhi.domain.archive.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.archive.model.SampleCases.BAR_NOISE;
import static org.shizhi.domain.archive.model.SampleCases.CEILING_LEAK;
import static org.shizhi.domain.archive.model.SampleCases.DATA_LEAK;
import static org.shizhi.domain.archive.model.SampleCases.NIGHT_WORKS;
import static org.shizhi.domain.archive.model.SampleCases.RENOVATION_NOISE;
import static org.shizhi.domain.archive.model.SampleCases.SQUARE_DANCE;
import static org.shizhi.domain.archive.model.SampleCases.UNPAID_WAGES;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.FacetCount;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SearchAfter;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.grid.service.TestClock;

/**
 * What every {@link CaseArchive} adapter must do, with the same documents and the same expected hit sets and facet
 * counts for all of them (ranking may differ within ties). Subclasses give an archive over empty storage.
 */
public abstract class CaseArchiveContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    protected final TestClock clock = new TestClock(T0);
    private CaseArchive archive;

    /** An archive over empty storage, stamping what it indexes with {@code clock}. */
    protected abstract CaseArchive emptyArchive(TestClock clock);

    @BeforeEach
    void indexTheSamples() {
        archive = emptyArchive(clock);
        archive.index(SampleCases.ALL);
    }

    @AfterEach
    void closeTheArchive() {
        archive.close();
    }

    @Test
    void theIndexKeepsTheTextsASnippetIsCutFromWithOrWithoutTheFullText() {
        CaseRecord judgment = new CaseRecord(CaseId.ofImported(SampleCases.ZHANJIANG, "JUD-KEPT-1"), CaseSource.HISTORICAL,
                Optional.of("JUD-KEPT-1"), SampleCases.ZHANJIANG, SampleCases.CHIKAN_COMMUNITY, "刑事案件", "被告人盗窃案",
                "被告人夜间盗窃电动车。", "本院认为构成盗窃罪。", "判处拘役三个月。", "刑事判决书 <全文> & \"引号\"。".repeat(2_000),
                List.of(), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 5, 6), List.of());
        archive.index(List.of(judgment));
        List<CaseId> ids = new ArrayList<>(SampleCases.ALL.stream().map(CaseRecord::id).toList());
        ids.add(judgment.id());
        ids.add(CaseId.ofImported(SampleCases.ZHANJIANG, "NOT-INDEXED"));
        Map<CaseId, CaseTexts> whole = archive.texts(ids, true);
        Map<CaseId, CaseTexts> withoutFullText = archive.texts(ids, false);
        assertThat(whole).hasSize(SampleCases.ALL.size() + 1).containsEntry(judgment.id(), CaseTexts.of(judgment));
        for (CaseRecord r : SampleCases.ALL) {
            assertThat(whole).containsEntry(r.id(), CaseTexts.of(r));
        }
        assertThat(withoutFullText).hasSize(SampleCases.ALL.size() + 1)
                .containsEntry(judgment.id(), new CaseTexts(judgment.facts(), judgment.reasoning(), judgment.outcome(), ""));
        assertThat(archive.texts(List.of(), true)).isEmpty();
    }

    private ArchiveHits search(SearchText text, CaseFilters filters) {
        return archive.search(new ArchiveQuery(text, filters, CaseSort.RELEVANCE, Optional.empty(), clock.millis(), 100,
                Set.of(), true));
    }

    private Set<CaseId> hits(String q) {
        return hits(q, CaseFilters.none());
    }

    private Set<CaseId> hits(String q, CaseFilters filters) {
        return ids(search(SearchText.parse(q, SearchText.Mode.KEYWORDS), filters));
    }

    private static Set<CaseId> ids(ArchiveHits hits) {
        return Set.copyOf(hits.hits().stream().map(ArchiveHit::id).toList());
    }

    private static Set<CaseId> ids(CaseRecord... records) {
        return Set.copyOf(java.util.Arrays.stream(records).map(CaseRecord::id).toList());
    }

    @Test
    void aWordFindsEveryCaseWhoseTextHoldsIt() {
        assertThat(hits("噪音")).as("噪音 occurs in three cases").isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE));
    }

    @Test
    void withoutAnUpperBoundOnIndexingEverythingIndexedIsSearched() {
        ArchiveHits hits = archive.search(new ArchiveQuery(SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none(),
                CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE, 10, Set.of(), true));
        assertThat(ids(hits)).isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE));
    }

    @Test
    void aWordIsFoundInsideALongerWord() {
        assertThat(hits("数据")).as("数据 inside 大数据 (recall through bigrams)").isEqualTo(ids(DATA_LEAK));
    }

    @Test
    void everyWordMustOccur() {
        assertThat(hits("噪音 夜间")).isEqualTo(ids(RENOVATION_NOISE));
    }

    @Test
    void aPhraseMatchesOnlyItsCharactersInOrder() {
        assertThat(hits("\"夜间施工\"")).isEqualTo(ids(RENOVATION_NOISE, NIGHT_WORKS));
        assertThat(hits("\"施工夜间\"")).as("the same characters in another order").isEmpty();
    }

    @Test
    void anExcludedWordRemovesTheCasesHoldingIt() {
        assertThat(hits("噪音 -广场舞")).isEqualTo(ids(RENOVATION_NOISE, BAR_NOISE));
    }

    @Test
    void orAcceptsEitherWord() {
        assertThat(hits("漏水 OR 讨薪")).isEqualTo(ids(CEILING_LEAK, UNPAID_WAGES));
    }

    @Test
    void latinLettersAndDigitsMatchWholeTokensWhateverTheCase() {
        assertThat(hits(SampleCases.MOBILE)).as("the mobile in DATA_LEAK's facts").isEqualTo(ids(DATA_LEAK));
    }

    @Test
    void filtersNarrowByCityAreaTypeSourceDatesAndTags() {
        CaseFilters none = CaseFilters.none();
        assertThat(hits("噪音", none.withCity(SampleCases.ZHANJIANG))).isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE));
        Set<CaseId> all = ids(SampleCases.ALL.toArray(CaseRecord[]::new));
        assertThat(ids(search(new SearchText.Everything(), none))).isEqualTo(all);
        assertThat(ids(search(new SearchText.Everything(), none.withAreaWithin(SampleCases.CHIKAN))))
                .as("area prefix 440802").isEqualTo(ids(RENOVATION_NOISE, CEILING_LEAK, NIGHT_WORKS));
        assertThat(ids(search(new SearchText.Everything(), none.withCaseTypes(Set.of("邻里纠纷", "劳动争议")))))
                .isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE, NIGHT_WORKS, UNPAID_WAGES));
        assertThat(ids(search(new SearchText.Everything(), none.withSources(Set.of(CaseSource.GRID_EVENT)))))
                .isEqualTo(ids(SQUARE_DANCE, DATA_LEAK));
        assertThat(ids(search(new SearchText.Everything(), none.withOccurred(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()))))
                .isEqualTo(ids(SQUARE_DANCE, DATA_LEAK, BAR_NOISE, NIGHT_WORKS));
        assertThat(ids(search(new SearchText.Everything(), none.withClosed(Optional.empty(), Optional.of(LocalDate.of(2023, 9, 30))))))
                .as("bounds are inclusive").isEqualTo(ids(RENOVATION_NOISE, CEILING_LEAK, UNPAID_WAGES));
        assertThat(ids(search(new SearchText.Everything(), none.withTags(Set.of("噪音", "调解成功")))))
                .as("every tag asked for").isEqualTo(ids(RENOVATION_NOISE));
    }

    @Test
    void facetsCountEveryHitByTypeDistrictYearAndSource() {
        ArchiveHits hits = archive.search(new ArchiveQuery(new SearchText.Everything(),
                CaseFilters.none().withCity(SampleCases.ZHANJIANG), CaseSort.RELEVANCE, Optional.empty(), clock.millis(), 1,
                Set.of(), true));
        assertThat(hits.total()).isEqualTo(6);
        assertThat(hits.hits()).hasSize(1);
        assertThat(hits.facets()).isEqualTo(Map.of(
                FacetKind.CASE_TYPE, List.of(new FacetCount("邻里纠纷", 3), new FacetCount("信息安全", 1),
                        new FacetCount("劳动争议", 1), new FacetCount("物业纠纷", 1)),
                FacetKind.DISTRICT, List.of(new FacetCount("440802000000", 3), new FacetCount("440803000000", 2)),
                FacetKind.YEAR, List.of(new FacetCount("2024", 3), new FacetCount("2023", 2), new FacetCount("2022", 1)),
                FacetKind.SOURCE, List.of(new FacetCount("HISTORICAL", 3), new FacetCount("DISPUTE", 1),
                        new FacetCount("GRID_EVENT", 2)).stream()
                        .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                        .toList()));
    }

    @Test
    void facetsFollowTheQuery() {
        ArchiveHits hits = search(SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none());
        assertThat(hits.facets().get(FacetKind.YEAR)).isEqualTo(List.of(new FacetCount("2024", 2), new FacetCount("2023", 1)));
        assertThat(hits.facets().get(FacetKind.DISTRICT)).isEqualTo(List.of(new FacetCount("440802000000", 1),
                new FacetCount("440803000000", 1), new FacetCount("510104000000", 1)));
    }

    @Test
    void relevanceRanksBetterMatchesFirstAndTheScoresNeverRise() {
        ArchiveHits hits = search(SearchText.parse("噪音 OR 扰民", SearchText.Mode.KEYWORDS), CaseFilters.none());
        List<Float> scores = hits.hits().stream().map(ArchiveHit::score).toList();
        assertThat(scores).as("scores in order").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids(hits)).contains(RENOVATION_NOISE.id(), BAR_NOISE.id(), NIGHT_WORKS.id());
    }

    @Test
    void newestFirstOrdersByClosingDateThenId() {
        ArchiveHits hits = archive.search(new ArchiveQuery(new SearchText.Everything(),
                CaseFilters.none().withCity(SampleCases.ZHANJIANG), CaseSort.NEWEST, Optional.empty(), clock.millis(), 100,
                Set.of(), false));
        assertThat(hits.hits().stream().map(ArchiveHit::id).toList()).containsExactly(NIGHT_WORKS.id(), SQUARE_DANCE.id(),
                DATA_LEAK.id(), UNPAID_WAGES.id(), RENOVATION_NOISE.id(), CEILING_LEAK.id());
    }

    @Test
    void pagesResumeAfterTheLastHitAndRecordsIndexedMeanwhileStayOut() {
        long firstPageAt = clock.millis();
        List<CaseId> seen = new ArrayList<>();
        Optional<SearchAfter> after = Optional.empty();
        for (int page = 0; page < 4; page++) {
            ArchiveHits hits = archive.search(new ArchiveQuery(new SearchText.Everything(),
                    CaseFilters.none().withCity(SampleCases.ZHANJIANG), CaseSort.NEWEST, after, firstPageAt, 2, Set.of(), false));
            hits.hits().forEach(h -> seen.add(h.id()));
            if (hits.hits().isEmpty()) {
                break;
            }
            after = Optional.of(hits.hits().getLast().after());
            if (page == 0) {
                clock.advance(Duration.ofSeconds(5));
                archive.index(List.of(SampleCases.late("CK-2025-001", "新近入库的案件")));
            }
        }
        assertThat(seen).as("every case once, in order, none indexed after the first page").containsExactly(
                NIGHT_WORKS.id(), SQUARE_DANCE.id(), DATA_LEAK.id(), UNPAID_WAGES.id(), RENOVATION_NOISE.id(), CEILING_LEAK.id());
        assertThat(hits("新近入库")).as("a new search finds it").hasSize(1);
    }

    @Test
    void relevancePagesTogetherHoldEveryHitOnce() {
        List<CaseId> seen = new ArrayList<>();
        Optional<SearchAfter> after = Optional.empty();
        while (true) {
            ArchiveHits hits = archive.search(new ArchiveQuery(SearchText.parse("噪音 OR 扰民 OR 施工", SearchText.Mode.KEYWORDS),
                    CaseFilters.none(), CaseSort.RELEVANCE, after, clock.millis(), 2, Set.of(), false));
            if (hits.hits().isEmpty()) {
                break;
            }
            hits.hits().forEach(h -> seen.add(h.id()));
            after = Optional.of(hits.hits().getLast().after());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                ids(RENOVATION_NOISE, SQUARE_DANCE, BAR_NOISE, NIGHT_WORKS, UNPAID_WAGES));
    }

    @Test
    void aPastedDescriptionFindsTheCaseItDescribesFirst() {
        ArchiveHits hits = search(SearchText.parse("我家楼上的邻居经常在夜间装修施工，噪音很大，严重扰民。我们跟他协商过多次，"
                + "一直没有结果，希望社区能够出面调解，让他晚上不要再装修了。", SearchText.Mode.AUTO), CaseFilters.none());
        assertThat(hits.hits()).isNotEmpty();
        assertThat(hits.hits().getFirst().id()).as("the renovation noise case first").isEqualTo(RENOVATION_NOISE.id());
        assertThat(hits.matchTerms()).as("the words chosen from the description").contains("装修", "噪音");
    }

    @Test
    void aDescriptionOfTenThousandCharactersIsAnswered() {
        StringBuilder text = new StringBuilder();
        String[] sentences = {"楼道里堆满了杂物，", "邻居家的狗每天夜里叫个不停，", "物业公司收费不合理且服务很差，",
            "工地的渣土车噪音很大，", "楼上卫生间漏水把我家天花板泡坏了，", "单位拖欠工资已经三个月，"};
        for (int i = 0; text.length() < 10_000; i++) {
            text.append(sentences[i % sentences.length]).append("编号").append(i).append('。');
        }
        ArchiveHits hits = search(new SearchText.Description(text.substring(0, 10_000)), CaseFilters.none());
        assertThat(hits.hits()).as("a long text is a ranking, not a failure").isNotEmpty();
    }

    @Test
    void aDescriptionWhoseEveryTermSomeCaseHoldsStaysUnderTheClauseLimit() {
        // 3,000 distinct characters in a run: about 3,000 distinct bigrams, every one held by the case indexed here.
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            run.appendCodePoint(0x4E00 + i);
        }
        CaseRecord holder = SampleCases.late("CK-MANY-TERMS", "罕见字案件");
        archive.index(List.of(new CaseRecord(holder.id(), holder.source(), holder.externalId(), holder.city(), holder.area(),
                holder.caseType(), holder.title(), run.toString(), "", "", "", List.of(), holder.occurredOn(), holder.closedOn(),
                List.of())));
        ArchiveHits hits = search(new SearchText.Description(run.toString()), CaseFilters.none());
        assertThat(hits.hits()).as("a description of thousands of held terms is bounded, not refused").isNotEmpty();
        assertThat(hits.hits().getFirst().id()).as("the case holding them first").isEqualTo(holder.id());
    }

    @Test
    void aLongDescriptionIsMatchedOnItsRarestBigramsAlone() {
        // 400 rare characters in a run (CJK Extension A, in no sample case): 399 distinct bigrams, more than a
        // description is scored on (both backends: its 256 rarest, QueryPlan.MAX_DESCRIPTION_TERMS). The first 140 are
        // held by three cases, the other 259 by one: the rarest are all the one case's.
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            run.appendCodePoint(0x3400 + i);
        }
        String common = run.substring(0, 141);
        String rare = run.substring(140);
        List<CaseRecord> records = new ArrayList<>();
        for (String id : List.of("CK-COMMON-1", "CK-COMMON-2", "CK-COMMON-3")) {
            records.add(withFacts(SampleCases.late(id, "常见字案件"), common));
        }
        CaseRecord holder = withFacts(SampleCases.late("CK-RARE", "罕见字案件"), rare);
        records.add(holder);
        archive.index(records);
        ArchiveHits hits = search(new SearchText.Description(run.toString()), CaseFilters.none());
        assertThat(ids(hits)).as("only the case holding the description's rarest bigrams: the commoner ones are not scored")
                .containsExactly(holder.id());
    }

    private static CaseRecord withFacts(CaseRecord r, String facts) {
        return new CaseRecord(r.id(), r.source(), r.externalId(), r.city(), r.area(), r.caseType(), r.title(), facts, "", "",
                "", List.of(), r.occurredOn(), r.closedOn(), List.of());
    }

    @Test
    void aDescriptionAnswersItsMostSimilarCasesAndCountsAndPagesOverThemAlone() {
        List<CaseRecord> alike = new ArrayList<>();
        for (int i = 0; i < CaseArchive.SIMILAR_CASES + 5; i++) {
            alike.add(SampleCases.late("CK-ALIKE-" + i, "楼上装修噪音扰民纠纷"));
        }
        archive.index(alike);
        SearchText description = new SearchText.Description("楼上装修噪音扰民纠纷");
        ArchiveHits first = search(description, CaseFilters.none());
        assertThat(first.total()).as("the total of a similar-case search is its most similar cases").isEqualTo(CaseArchive.SIMILAR_CASES);
        assertThat(first.facets().get(FacetKind.SOURCE).stream().mapToLong(FacetCount::count).sum())
                .as("the facets count the same cases").isEqualTo(CaseArchive.SIMILAR_CASES);
        List<CaseId> seen = new ArrayList<>();
        Optional<SearchAfter> after = Optional.empty();
        while (true) {
            ArchiveHits page = archive.search(new ArchiveQuery(description, CaseFilters.none(), CaseSort.RELEVANCE, after,
                    clock.millis(), 100, Set.of(), false));
            if (page.hits().isEmpty()) {
                break;
            }
            page.hits().forEach(h -> seen.add(h.id()));
            after = Optional.of(page.hits().getLast().after());
        }
        assertThat(seen).as("the pages hold each of the most similar cases once").doesNotHaveDuplicates()
                .hasSize(CaseArchive.SIMILAR_CASES);
    }

    @Test
    void excludedIdsAreNeverReturned() {
        ArchiveHits hits = archive.search(new ArchiveQuery(new SearchText.Description("楼上装修噪音扰民纠纷"), CaseFilters.none(),
                CaseSort.RELEVANCE, Optional.empty(), clock.millis(), 100, Set.of(RENOVATION_NOISE.id()), false));
        assertThat(ids(hits)).doesNotContain(RENOVATION_NOISE.id()).contains(BAR_NOISE.id());
    }

    @Test
    void indexingARecordAgainReplacesIt() {
        CaseRecord renamed = new CaseRecord(CEILING_LEAK.id(), CEILING_LEAK.source(), CEILING_LEAK.externalId(),
                CEILING_LEAK.city(), CEILING_LEAK.area(), CEILING_LEAK.caseType(), "卫生间渗水纠纷", CEILING_LEAK.facts(),
                CEILING_LEAK.reasoning(), CEILING_LEAK.outcome(), CEILING_LEAK.fullText(), List.of(), CEILING_LEAK.occurredOn(),
                CEILING_LEAK.closedOn(), CEILING_LEAK.tags());
        archive.index(List.of(renamed));
        assertThat(archive.count()).isEqualTo(SampleCases.ALL.size());
        assertThat(hits("渗水")).isEqualTo(ids(CEILING_LEAK));
        assertThat(hits("天花板")).as("the facts are still indexed").isEqualTo(ids(CEILING_LEAK));
    }

    @Test
    void searchesAnswerFromTheActiveIndexUntilARebuildCompletes() {
        CaseRecord late = SampleCases.late("CK-2025-002", "重建期间入库的案件");
        try (CaseArchive.Rebuild rebuild = archive.rebuild()) {
            rebuild.add(List.of(RENOVATION_NOISE, SQUARE_DANCE));
            assertThat(archive.count()).as("the old index still answers").isEqualTo(7);
            assertThat(hits("漏水")).as("a case the new index lacks is still found").isEqualTo(ids(CEILING_LEAK));
            archive.index(List.of(late));
            assertThat(hits("重建期间")).as("indexed during the rebuild: found at once").hasSize(1);
            rebuild.complete();
        }
        assertThat(archive.count()).as("the new index: two rebuilt and one indexed meanwhile").isEqualTo(3);
        assertThat(hits("漏水")).isEmpty();
        assertThat(hits("重建期间")).hasSize(1);
        assertThat(hits("噪音")).isEqualTo(ids(RENOVATION_NOISE, SQUARE_DANCE));
    }

    @Test
    void anAbandonedRebuildLeavesTheActiveIndex() {
        try (CaseArchive.Rebuild rebuild = archive.rebuild()) {
            rebuild.add(List.of(RENOVATION_NOISE));
        }
        assertThat(archive.count()).isEqualTo(7);
        archive.index(List.of(SampleCases.late("CK-2025-003", "放弃重建之后")));
        assertThat(archive.count()).isEqualTo(8);
    }
}
