package org.shizhi.domain.campaign.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;

/** What every store of Good Samaritan funds must do: above all, never pay out more than the balance, also under concurrency. */
public abstract class SamaritanFundContract {

    protected SamaritanFund fund;

    protected abstract SamaritanFund emptyFund();

    @BeforeEach
    void empty() {
        fund = emptyFund();
    }

    @Test
    void incomeAndAwardsMoveTheBalanceAndEachLineShowsTheBalanceAfterIt() {
        FundEntry in = fund.receive(income(JINJIANG, "10000"));
        assertThat(in.balanceAfter()).isEqualByComparingTo("10000");
        SamaritanAward award = award(JINJIANG, "3000.50");
        FundEntry out = fund.award(award);
        assertThat(out.kind()).isEqualTo(FundEntry.Kind.AWARD);
        assertThat(out.award()).contains(award.id());
        assertThat(out.balanceAfter()).isEqualByComparingTo("6999.50");
        assertThat(fund.balance(JINJIANG)).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("6999.50"));
        assertThat(fund.awardOf(award.id())).contains(award);
        assertThat(fund.ledger(JINJIANG, PageRequest.first(10)).items()).as("latest line first").containsExactly(out, in);
    }

    @Test
    void anAreaWithoutIncomeHasNoFund() {
        assertThat(fund.balance(HONGXING)).isEmpty();
        assertThatThrownBy(() -> fund.award(award(HONGXING, "1"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAwardOverTheBalanceIsRefusedAndWritesNothing() {
        fund.receive(income(JINJIANG, "1000"));
        SamaritanAward tooMuch = award(JINJIANG, "1000.01");
        assertThatThrownBy(() -> fund.award(tooMuch)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field().orElseThrow()).isEqualTo("amount");
        assertThat(fund.awardOf(tooMuch.id())).isEmpty();
        assertThat(fund.ledger(JINJIANG, PageRequest.first(10)).items()).hasSize(1);
        fund.award(award(JINJIANG, "1000"));
        assertThat(fund.balance(JINJIANG)).hasValueSatisfying(b -> assertThat(b).isZero());
    }

    @Test
    void concurrentAwardsNeverOverdrawTheFund() throws InterruptedException {
        fund.receive(income(JINJIANG, "5000"));
        List<Callable<FundEntry>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> fund.award(award(JINJIANG, "1000")));
        }
        List<Object> outcomes = Concurrently.run(calls);
        long paid = outcomes.stream().filter(o -> o instanceof FundEntry).count();
        assertThat(paid).as("5000 yuan pay five awards of 1000: " + outcomes).isEqualTo(5);
        assertThat(outcomes.stream().filter(o -> o instanceof ConflictException).count()).as("the rest are conflicts").isEqualTo(15);
        assertThat(fund.balance(JINJIANG)).hasValueSatisfying(b -> assertThat(b).isZero());
        List<FundEntry> ledger = fund.ledger(JINJIANG, PageRequest.first(50)).items();
        assertThat(ledger).hasSize(6);
        assertThat(ledger.stream().map(FundEntry::balanceAfter).distinct().count()).as("each line its own balance after").isEqualTo(6);
        assertThat(ledger.stream().allMatch(e -> e.balanceAfter().signum() >= 0)).isTrue();
    }

    @Test
    void aConcurrentIncomeAndAwardsKeepTheLedgerConsistent() throws InterruptedException {
        fund.receive(income(JINJIANG, "100"));
        List<Callable<FundEntry>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> fund.receive(income(JINJIANG, "100")));
            calls.add(() -> fund.award(award(JINJIANG, "50")));
        }
        Concurrently.run(calls);
        List<FundEntry> ledger = new ArrayList<>(fund.ledger(JINJIANG, PageRequest.first(100)).items()).reversed();
        BigDecimal balance = BigDecimal.ZERO;
        for (FundEntry e : ledger) {
            balance = e.kind() == FundEntry.Kind.INCOME ? balance.add(e.amount()) : balance.subtract(e.amount());
            assertThat(e.balanceAfter()).as("line " + e.seq() + " shows the running balance").isEqualByComparingTo(balance);
        }
        assertThat(fund.balance(JINJIANG)).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(ledger.getLast().balanceAfter()));
    }

    @Test
    void theLedgerComesPageByPageLatestLineFirstAndACursorHoldsWhileLinesArrive() {
        for (int i = 0; i < 5; i++) {
            fund.receive(income(JINJIANG, "100"));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> fund.ledger(JINJIANG, p), FundEntry::seq, 2);
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> fund.ledger(JINJIANG, p), FundEntry::seq, 2,
                () -> fund.award(award(JINJIANG, "50")));
    }
}
