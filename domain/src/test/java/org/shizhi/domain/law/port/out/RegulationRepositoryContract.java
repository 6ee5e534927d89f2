package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of local regulations must do; run against each adapter. */
public abstract class RegulationRepositoryContract {

    protected RegulationRepository repository;

    protected abstract RegulationRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    Regulation saved(Regulation r) {
        repository.save(r);
        return r;
    }

    Regulation registered(String number, LocalDate effective) {
        return saved(Regulation.register(RegulationId.random(), SampleLaw.regulationDraft(number, effective.minusMonths(3), effective)));
    }

    @Test
    void aRegulationReadsBackThroughItsChangesAndAStaleOrDuplicateOneIsRefused() {
        Regulation r = registered("第1号", LocalDate.of(2020, 3, 1));
        assertThat(repository.find(r.id())).contains(r);
        Regulation amended = saved(r.amend("修正决定", LocalDate.of(2023, 1, 1), "修正后的全文"));
        assertThat(repository.find(r.id())).contains(amended);
        assertThatThrownBy(() -> repository.save(r.repeal("废止决定", LocalDate.of(2024, 1, 1)))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> registered("第1号", LocalDate.of(2021, 1, 1))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("第1号");
        assertThatThrownBy(() -> repository.save(r)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theRegulationsInForceOnADateAreSelectedAndPageByEffectiveDate() {
        Regulation old = registered("第1号", LocalDate.of(2019, 3, 1));
        Regulation amended = saved(registered("第2号", LocalDate.of(2020, 3, 1)).amend("修正", LocalDate.of(2022, 1, 1), "新文本"));
        Regulation repealed = saved(registered("第3号", LocalDate.of(2018, 3, 1)).repeal("废止", LocalDate.of(2025, 1, 1)));
        Regulation future = registered("第4号", LocalDate.of(2026, 1, 1));
        saved(Regulation.register(RegulationId.random(), new Regulation.Draft(AreaCode.of("440800"), "湛江市条例", "第1号",
                "湛江市人大常委会", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 1), "全文")));
        assertThat(repository.ofCity(SampleLaw.CHENGDU, Optional.of(LocalDate.of(2025, 9, 26)), PageRequest.first(10)).items())
                .containsExactly(old, amended);
        assertThat(repository.ofCity(SampleLaw.CHENGDU, Optional.of(LocalDate.of(2024, 12, 31)), PageRequest.first(10)).items())
                .containsExactly(repealed, old, amended);
        assertThat(repository.ofCity(SampleLaw.CHENGDU, Optional.empty(), PageRequest.first(10)).items())
                .containsExactly(repealed, old, amended, future);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.ofCity(SampleLaw.CHENGDU, Optional.empty(), p), Regulation::id, 3);
    }

    Regulation withText(String number, LocalDate effective, String title, String text) {
        return saved(Regulation.register(RegulationId.random(), new Regulation.Draft(SampleLaw.CHENGDU, title, number,
                "成都市人民代表大会常务委员会", effective.minusMonths(3), effective, text)));
    }

    static List<Regulation> hits(Slice<RegulationHit> slice) {
        return slice.items().stream().map(RegulationHit::regulation).toList();
    }

    @Test
    void aSearchFindsTheCitysRegulationsHoldingEveryWordAsItsCharactersStandTogether() {
        Regulation governance = withText("第1号", LocalDate.of(2021, 1, 1), "成都市社区发展治理促进条例",
                "第一条 为了促进社区发展治理，提升城市治理能力，制定本条例。");
        Regulation data = withText("第2号", LocalDate.of(2022, 1, 1), "成都市公共数据管理条例",
                "第三条 本市建设大数据中心，统筹公共数据资源。GDP 统计数据依法共享。");
        saved(Regulation.register(RegulationId.random(), new Regulation.Draft(AreaCode.of("440800"), "湛江市社区治理条例", "第1号",
                "湛江市人大常委会", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 1), "社区发展治理")));

        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("数据"), PageRequest.first(10))))
                .as("a word inside a longer one (大数据)").containsExactly(data);
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("社区 治理"), PageRequest.first(10))))
                .as("every word, the other city's left out").containsExactly(governance);
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("治理社区"), PageRequest.first(10))))
                .as("the characters of a word stand together in its order").isEmpty();
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("社区 数据"), PageRequest.first(10)))).isEmpty();
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("gdp"), PageRequest.first(10))))
                .as("Latin words ignore case").containsExactly(data);
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("公共数据管理"), PageRequest.first(10))))
                .as("the title is searched too").containsExactly(data);
        assertThatThrownBy(() -> repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("，。"), PageRequest.first(10)))
                .isInstanceOf(org.shizhi.domain.shared.InvalidValueException.class).hasMessageContaining("punctuation");
    }

    @Test
    void aSearchReadsTheAmendedTextAndPagesByEffectiveDate() {
        Regulation r = withText("第1号", LocalDate.of(2020, 1, 1), "成都市养犬管理条例", "第一条 犬只登记");
        Regulation amended = saved(r.amend("修正决定", LocalDate.of(2023, 1, 1), "第一条 犬只免疫与登记"));
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("免疫"), PageRequest.first(10)))).containsExactly(amended);
        assertThat(hits(repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("免"), PageRequest.first(10))))
                .as("one Chinese character alone").containsExactly(amended);
        for (int i = 2; i <= 6; i++) {
            withText("第" + i + "号", LocalDate.of(2020, 1, i), "成都市条例" + i, "第一条 犬只管理第" + i + "项");
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("犬只"), p),
                h -> h.regulation().id(), 2);
    }

    @Test
    void hitsRankByTheStatedRelevanceTitleTokensTwiceTextTokensOnceTheLatestEffectiveFirstOnTies() {
        Regulation both = withText("第1号", LocalDate.of(2019, 1, 1), "成都市社区治理条例", "第一条 为了加强社区治理，制定本条例。");
        Regulation titleOnly = withText("第2号", LocalDate.of(2018, 1, 1), "成都市城乡社区治理促进条例", "第一条 为了促进城乡发展，制定本条例。");
        Regulation partOfTitle = withText("第3号", LocalDate.of(2017, 1, 1), "成都市社区教育条例", "第九条 社区教育纳入社区治理。");
        Regulation textLater = withText("第4号", LocalDate.of(2024, 1, 1), "成都市物业管理条例", "第五条 物业服务纳入社区治理体系。");
        Regulation textEarlier = withText("第5号", LocalDate.of(2016, 1, 1), "成都市养老服务条例", "第七条 养老服务融入社区治理。");
        Regulation wordsApart = withText("第6号", LocalDate.of(2025, 1, 1), "成都市养犬管理条例", "第二条 社区和街道共同治理。");

        Slice<RegulationHit> found = repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("社区治理"), PageRequest.first(10));

        assertThat(hits(found)).as("by score, then the latest effective; the one holding the words apart is no hit")
                .containsExactly(both, titleOnly, partOfTitle, textLater, textEarlier);
        assertThat(found.items()).extracting(RegulationHit::score).as("社区 区治 治理: 2 each in the title, 1 each in the text")
                .containsExactly(9, 6, 5, 3, 3);
        assertThat(found.items()).allMatch(h -> h.maxScore() == 9);
        assertThat(found.items().getFirst().relevance()).isEqualTo(1.0);
        Slice<RegulationHit> twoWords = repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("治理 社区"), PageRequest.first(10));
        assertThat(hits(twoWords)).as("two words, each anywhere").containsExactly(both, titleOnly, partOfTitle, wordsApart, textLater, textEarlier);
        assertThat(twoWords.items()).extracting(RegulationHit::score).as("their tokens 治理 and 社区, counted once each")
                .containsExactly(6, 4, 4, 2, 2, 2);
        assertThat(twoWords.items()).allMatch(h -> h.maxScore() == 6);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("社区治理"), p),
                h -> h.regulation().id(), 2);
        assertThatThrownBy(() -> repository.matching(SampleLaw.CHENGDU, RegulationQuery.parse("社区治理"),
                PageRequest.after(new org.shizhi.domain.shared.Position("2024-01-01", both.id().toString()), 2)))
                .as("a position the list never wrote").isInstanceOf(org.shizhi.domain.shared.InvalidValueException.class);
    }
}
