package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
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
}
