package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticIdentitiesTest {

    @Test
    void generatedValuesPassTheirOwnTypesValidation() {
        SyntheticIdentities synthetic = new SyntheticIdentities(42);
        for (int i = 0; i < 1_000; i++) {
            IdNumber id = synthetic.idNumber();
            PhoneNumber phone = synthetic.phoneNumber();
            UnifiedSocialCreditCode code = synthetic.creditCode();
            // Built again from the clear text, as an adapter reading them back would.
            assertThatCode(() -> new IdNumber(id.value())).as("ID number #%d", i).doesNotThrowAnyException();
            assertThatCode(() -> new PhoneNumber(phone.value())).as("phone number #%d", i).doesNotThrowAnyException();
            assertThatCode(() -> new UnifiedSocialCreditCode(code.value())).as("credit code #%d", i).doesNotThrowAnyException();
        }
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        SyntheticIdentities first = new SyntheticIdentities(7);
        SyntheticIdentities second = new SyntheticIdentities(7);
        for (int i = 0; i < 20; i++) {
            assertThat(first.idNumber()).isEqualTo(second.idNumber());
            assertThat(first.phoneNumber()).isEqualTo(second.phoneNumber());
            assertThat(first.creditCode()).isEqualTo(second.creditCode());
        }
    }

    @Test
    void generatedValuesVary() {
        SyntheticIdentities synthetic = new SyntheticIdentities(1);
        Set<IdNumber> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(synthetic.idNumber());
        }
        assertThat(ids).as("100 generated ID numbers should be (nearly) all different").hasSizeGreaterThan(95);
    }

    @Test
    void anIdNumberCanBeAskedForARegionAndBirthDate() {
        IdNumber id = new SyntheticIdentities(3).idNumber("440802", LocalDate.of(1985, 2, 28));
        assertThat(id.regionCode()).isEqualTo("440802");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 2, 28));
    }
}
