package org.shizhi.domain.consultation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

class DisclosureTest {

    @Test
    void aMonthIsDisclosedFromItsFirstDayAndUpToAYearAfter() {
        DisclosureItem.Draft november = new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.VILLAGE_AFFAIRS,
                YearMonth.of(2025, 11), "十一月村务", "道路硬化工程验收", List.of());
        assertThatThrownBy(() -> DisclosureItem.publish(DisclosureId.random(), november, LocalDate.of(2025, 10, 31)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "period")
                .hasMessageContaining("has not begun");
        assertThat(DisclosureItem.publish(DisclosureId.random(), november, LocalDate.of(2025, 11, 1)).publishedOn())
                .isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(DisclosureItem.publish(DisclosureId.random(), november, LocalDate.of(2026, 12, 31))).isNotNull();
        assertThatThrownBy(() -> DisclosureItem.publish(DisclosureId.random(), november, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than a year ago");
    }

    @Test
    void onlyAFinanceItemDisclosesDisposalsAndEachOnce() {
        DisposalRef ref = new DisposalRef(AssetId.random(), 1);
        assertThatThrownBy(() -> new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.PARTY_AFFAIRS,
                YearMonth.of(2025, 9), "党费", "收缴情况", List.of(ref)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "disposals");
        assertThatThrownBy(() -> new DisclosureItem.Draft(SampleConsultation.ZONGFU, DisclosureCategory.FINANCE,
                YearMonth.of(2025, 9), "财务", "收支", List.of(ref, ref)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("named once");
    }

    @Test
    void aBoardAndALedgerBelongToACommunity() {
        assertThatThrownBy(() -> new DisclosureBoard(SampleConsultation.JINJIANG, "锦江区", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "community");
        assertThatThrownBy(() -> new VillageAsset.Entry(AreaCode.of("510104022000"), AssetKind.FUND, "集体资金", BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "community");
    }

    @Test
    void amountsAreYuanToTheFenAndNeverNegative() {
        VillageAsset asset = SampleConsultation.asset(SampleConsultation.ZONGFU, "集体林地");
        LocalDate today = LocalDate.of(2025, 9, 26);
        assertThatThrownBy(() -> asset.dispose(DisposalKind.SALE, "出售", new BigDecimal("10.005"), today, today))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "amount");
        assertThatThrownBy(() -> asset.dispose(DisposalKind.SALE, "出售", new BigDecimal("-1"), today, today))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "amount");
        assertThat(asset.dispose(DisposalKind.SALE, "出售", new BigDecimal("10.5"), today, today).disposals().get(0).amount())
                .isEqualByComparingTo("10.50");
    }

    @Test
    void aDisposalIsRecordedOnceMadeAndNumberedInOrder() {
        VillageAsset asset = SampleConsultation.asset(SampleConsultation.ZONGFU, "集体林地");
        LocalDate today = LocalDate.of(2025, 9, 26);
        assertThatThrownBy(() -> asset.dispose(DisposalKind.LEASE, "出租", BigDecimal.TEN, today.plusDays(1), today))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "disposedOn");
        VillageAsset twice = SampleConsultation.disposed(SampleConsultation.disposed(asset, today.minusDays(3)), today);
        assertThat(twice.disposals()).extracting(Disposal::seq).containsExactly(1, 2);
        assertThat(twice.version()).isEqualTo(3);
    }
}
