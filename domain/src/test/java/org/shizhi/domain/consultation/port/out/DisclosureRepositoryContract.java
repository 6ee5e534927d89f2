package org.shizhi.domain.consultation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureCategory;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.SampleConsultation;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of boards, disclosures and village ledgers must do; run against each adapter. */
public abstract class DisclosureRepositoryContract {

    static final AreaCode ZONGFU = SampleConsultation.ZONGFU;
    static final AreaCode HONGXING = SampleConsultation.HONGXING;
    static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

    protected DisclosureRepository repository;

    protected abstract DisclosureRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    VillageAsset savedAsset(VillageAsset a) {
        repository.saveAsset(a);
        return a;
    }

    DisclosureItem published(DisclosureItem i) {
        repository.publish(i);
        return i;
    }

    @Test
    void aBoardIsOpenedAndRenamedInPlace() {
        repository.saveBoard(SampleConsultation.board(ZONGFU, "总府街社区"));
        DisclosureBoard renamed = new DisclosureBoard(ZONGFU, "总府街社区（村务监督）", LocalDate.of(2025, 2, 1));
        repository.saveBoard(renamed);
        assertThat(repository.board(ZONGFU)).contains(renamed);
        assertThat(repository.board(HONGXING)).isEmpty();
    }

    @Test
    void anAssetReadsBackWithItsDisposalsAndAStaleChangeIsRefused() {
        VillageAsset asset = savedAsset(SampleConsultation.asset(ZONGFU, "集体林地"));
        assertThat(repository.asset(asset.id())).contains(asset);
        VillageAsset disposed = savedAsset(SampleConsultation.disposed(asset, LocalDate.of(2025, 9, 1)));
        assertThat(repository.asset(asset.id())).contains(disposed);
        assertThat(disposed.disposals().get(0).amount()).isEqualByComparingTo("36000");
        assertThatThrownBy(() -> repository.saveAsset(SampleConsultation.disposed(asset, LocalDate.of(2025, 9, 2))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.saveAsset(asset)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aCommunitysLedgerComesByName() {
        VillageAsset b = savedAsset(SampleConsultation.asset(ZONGFU, "B 鱼塘"));
        VillageAsset a = savedAsset(SampleConsultation.asset(ZONGFU, "A 林地"));
        savedAsset(SampleConsultation.asset(HONGXING, "A 别村"));
        assertThat(repository.assets(ZONGFU, PageRequest.first(10)).items()).containsExactly(a, b);
        for (int i = 0; i < 3; i++) {
            savedAsset(SampleConsultation.asset(ZONGFU, "B 鱼塘"));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.assets(ZONGFU, p), VillageAsset::id, 2);
    }

    @Test
    void itemsReadBackWithTheirDisposalsLatestFirstOfTheMonthAsked() {
        VillageAsset asset = savedAsset(SampleConsultation.disposed(savedAsset(SampleConsultation.asset(ZONGFU, "集体林地")), LocalDate.of(2025, 9, 1)));
        DisclosureItem finance = published(SampleConsultation.item(ZONGFU, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 9, 10),
                List.of(new DisposalRef(asset.id(), 1))));
        DisclosureItem party = published(SampleConsultation.item(ZONGFU, DisclosureCategory.PARTY_AFFAIRS, SEPTEMBER, LocalDate.of(2025, 10, 2), List.of()));
        DisclosureItem august = published(SampleConsultation.item(ZONGFU, DisclosureCategory.VILLAGE_AFFAIRS, YearMonth.of(2025, 8),
                LocalDate.of(2025, 9, 5), List.of()));
        published(SampleConsultation.item(HONGXING, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 9, 10), List.of()));
        assertThat(repository.items(ZONGFU, Optional.empty(), PageRequest.first(10)).items()).containsExactly(party, finance, august);
        assertThat(repository.items(ZONGFU, Optional.of(SEPTEMBER), PageRequest.first(10)).items()).containsExactly(party, finance);
        assertThatThrownBy(() -> repository.publish(finance)).isInstanceOf(StaleVersionException.class);
        for (int i = 0; i < 3; i++) {
            published(SampleConsultation.item(ZONGFU, DisclosureCategory.VILLAGE_AFFAIRS, SEPTEMBER, LocalDate.of(2025, 9, 10), List.of()));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.items(ZONGFU, Optional.empty(), p), DisclosureItem::id, 2);
    }

    @Test
    void silentBoardsAreThoseOpenByTheMonthsEndWithNothingForTheMonth() {
        repository.saveBoard(SampleConsultation.board(ZONGFU, "总府街社区"));
        repository.saveBoard(SampleConsultation.board(HONGXING, "红星路社区"));
        repository.saveBoard(new DisclosureBoard(AreaCode.of("510104022003"), "新开社区", LocalDate.of(2025, 10, 1)));
        repository.saveBoard(SampleConsultation.board(AreaCode.of("510105001001"), "别区社区"));
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.PARTY_AFFAIRS, SEPTEMBER, LocalDate.of(2025, 9, 30), List.of()));
        published(SampleConsultation.item(HONGXING, DisclosureCategory.PARTY_AFFAIRS, YearMonth.of(2025, 8), LocalDate.of(2025, 9, 3), List.of()));
        assertThat(repository.silentBoards(SampleConsultation.JINJIANG, SEPTEMBER, PageRequest.first(10)).items())
                .extracting(DisclosureBoard::community).containsExactly(HONGXING);
        assertThat(repository.silentBoards(SampleConsultation.JINJIANG, YearMonth.of(2025, 10), PageRequest.first(10)).items())
                .extracting(DisclosureBoard::community).containsExactly(ZONGFU, HONGXING, AreaCode.of("510104022003"));
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.silentBoards(SampleConsultation.CHENGDU, YearMonth.of(2025, 10), p),
                DisclosureBoard::community, 2);
    }

    @Test
    void aDisposalIsLateUndisclosedPastTheDaysOrDisclosedAfterThem() {
        LocalDate today = LocalDate.of(2025, 10, 31);
        VillageAsset forest = savedAsset(SampleConsultation.asset(ZONGFU, "集体林地"));
        for (LocalDate on : List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 20))) {
            forest = savedAsset(SampleConsultation.disposed(forest, on));
        }
        VillageAsset pond = savedAsset(SampleConsultation.disposed(savedAsset(SampleConsultation.asset(HONGXING, "鱼塘")), LocalDate.of(2025, 8, 1)));
        // Disposal 1 disclosed on day 30 (in time), 2 on day 31 and again later (late: its first disclosure counts),
        // 3 never (41 days by today), 4 never but only 11 days old; the pond's on day 9.
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 10, 1),
                List.of(new DisposalRef(forest.id(), 1))));
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 10, 2),
                List.of(new DisposalRef(forest.id(), 2))));
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 10, 20),
                List.of(new DisposalRef(forest.id(), 2))));
        published(SampleConsultation.item(HONGXING, DisclosureCategory.FINANCE, YearMonth.of(2025, 8), LocalDate.of(2025, 8, 10),
                List.of(new DisposalRef(pond.id(), 1))));
        List<LateDisposal> late = repository.lateDisposals(SampleConsultation.JINJIANG, 30, today, PageRequest.first(10)).items();
        assertThat(late).extracting(d -> d.disposal().seq(), LateDisposal::disclosedOn, LateDisposal::daysUndisclosed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Optional.of(LocalDate.of(2025, 10, 2)), 31),
                org.assertj.core.groups.Tuple.tuple(3, Optional.empty(), 41));
        assertThat(late.get(0).assetName()).isEqualTo("集体林地");
        assertThat(late.get(0).community()).isEqualTo(ZONGFU);
        assertThat(repository.lateDisposals(SampleConsultation.JINJIANG, 5, today, PageRequest.first(10)).items())
                .extracting(d -> d.asset().equals(pond.id()) ? "pond" + d.disposal().seq() : "forest" + d.disposal().seq())
                .containsExactly("pond1", "forest1", "forest2", "forest3", "forest4");
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.lateDisposals(SampleConsultation.JINJIANG, 5, today, p),
                d -> d.asset() + "/" + d.disposal().seq(), 2);
        assertThatThrownBy(() -> repository.lateDisposals(SampleConsultation.JINJIANG, 5, today,
                PageRequest.after(new Position("2025-09-01", "not-ours"), 2))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void coverageCountsBoardsOpenByThePeriodsEndAndThoseThatPublishedInIt() {
        repository.saveBoard(SampleConsultation.board(ZONGFU, "总府街社区"));
        repository.saveBoard(SampleConsultation.board(HONGXING, "红星路社区"));
        repository.saveBoard(new DisclosureBoard(AreaCode.of("510104022003"), "新开社区", LocalDate.of(2025, 10, 1)));
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.PARTY_AFFAIRS, SEPTEMBER, LocalDate.of(2025, 9, 30), List.of()));
        published(SampleConsultation.item(ZONGFU, DisclosureCategory.FINANCE, SEPTEMBER, LocalDate.of(2025, 9, 30), List.of()));
        published(SampleConsultation.item(HONGXING, DisclosureCategory.PARTY_AFFAIRS, SEPTEMBER, LocalDate.of(2025, 10, 3), List.of()));
        assertThat(repository.coverage(SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new DisclosureRepository.Coverage(2, 1));
        assertThat(repository.coverage(SampleConsultation.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31)))
                .isEqualTo(new DisclosureRepository.Coverage(3, 2));
        assertThat(repository.coverage(AreaCode.of("510105"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new DisclosureRepository.Coverage(0, 0));
        // By community: in September 总府街 published, 红星路 not yet, 新开 not open; by October's end all three open.
        assertThat(repository.coverageByArea(SampleConsultation.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).isEqualTo(Map.of(ZONGFU, new DisclosureRepository.Coverage(1, 1),
                HONGXING, new DisclosureRepository.Coverage(1, 0)));
        assertThat(repository.coverageByArea(SampleConsultation.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 31))).isEqualTo(Map.of(ZONGFU, new DisclosureRepository.Coverage(1, 1),
                HONGXING, new DisclosureRepository.Coverage(1, 1), AreaCode.of("510104022003"), new DisclosureRepository.Coverage(1, 0)));
        assertThat(repository.coverageByArea(SampleConsultation.JINJIANG, AdminLevel.STREET, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30))).isEqualTo(Map.of(AreaCode.of("510104022000"), new DisclosureRepository.Coverage(2, 1)));
    }
}
