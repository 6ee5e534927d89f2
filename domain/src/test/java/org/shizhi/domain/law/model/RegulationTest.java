package org.shizhi.domain.law.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;

class RegulationTest {

    final Regulation regulation = Regulation.register(RegulationId.random(),
            SampleLaw.regulationDraft("成都市人大常委会公告第12号", LocalDate.of(2020, 11, 30), LocalDate.of(2021, 3, 1)));

    @Test
    void aRegulationIsInForceFromItsEffectiveDate() {
        assertThat(regulation.inForceOn(LocalDate.of(2021, 2, 28))).isFalse();
        assertThat(regulation.inForceOn(LocalDate.of(2021, 3, 1))).isTrue();
    }

    @Test
    void anAmendedRegulationStaysInForceAndARepealedOneIsNotFromTheRepealOn() {
        Regulation amended = regulation.amend("成都市人大常委会关于修改部分地方性法规的决定", LocalDate.of(2023, 6, 1), "修正后的全文");
        assertThat(amended.status()).isEqualTo(RegulationStatus.AMENDED);
        assertThat(amended.inForceOn(LocalDate.of(2024, 1, 1))).isTrue();
        Regulation repealed = amended.repeal("成都市人大常委会关于废止的决定", LocalDate.of(2025, 1, 1));
        assertThat(repealed.inForceOn(LocalDate.of(2024, 12, 31))).as("the day before the repeal").isTrue();
        assertThat(repealed.inForceOn(LocalDate.of(2025, 1, 1))).as("from the repeal").isFalse();
        assertThat(repealed.changingAct()).contains("成都市人大常委会关于废止的决定");
        assertThatThrownBy(() -> repealed.amend("再修正", LocalDate.of(2025, 2, 1), "x")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRegulationTakesEffectOnOrAfterItsAdoption() {
        assertThatThrownBy(() -> SampleLaw.regulationDraft("第1号", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 1)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("effectiveOn"));
        assertThatThrownBy(() -> regulation.repeal("废止决定", LocalDate.of(2020, 12, 1)))
                .as("repealed before it took effect").isInstanceOf(InvalidValueException.class);
    }
}
