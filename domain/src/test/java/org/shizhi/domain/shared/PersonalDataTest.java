package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final IdNumber id = new SyntheticIdentities(7).idNumber();
    private final PhoneNumber mobile = new PhoneNumber("13812345678");

    @Test
    void withoutThePrivilegeNamesKeepTheFamilyNameAndNumbersTheirEnds() {
        PersonalData masked = PersonalData.shownAs(false);

        assertThat(masked.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(masked.name("李")).isEqualTo("李");
        assertThat(masked.idNumber(id)).isEqualTo(id.masked()).doesNotContain(id.value().substring(6, 14));
        assertThat(masked.phone(mobile)).isEqualTo("138****5678");
    }

    @Test
    void withThePrivilegeEverythingIsClear() {
        PersonalData clear = PersonalData.shownAs(true);

        assertThat(clear.name("欧阳娜娜")).isEqualTo("欧阳娜娜");
        assertThat(clear.idNumber(id)).isEqualTo(id.value());
        assertThat(clear.phone(mobile)).isEqualTo("13812345678");
    }
}
