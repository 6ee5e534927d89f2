package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    /** The worked example of GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";
    /** Computed for this test: region 510104, born 1990-03-07, sequence 123, check digit 7. */
    private static final String CHENGDU_EXAMPLE = "510104199003071237";

    @Test
    void theStandardsOwnExampleIsValid() {
        IdNumber id = new IdNumber(STANDARD_EXAMPLE);
        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void theCheckCharacterIsComputedByIso7064Mod11Dash2() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("51010419900307123")).isEqualTo('7');
        assertThat(new IdNumber(CHENGDU_EXAMPLE).birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @Test
    void aLowerCaseXIsAcceptedAndWrittenUpperCase() {
        assertThat(new IdNumber("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(new IdNumber("11010519491231002x")).as("the same number however it was typed").isEqualTo(new IdNumber(STANDARD_EXAMPLE));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThatThrownBy(() -> new IdNumber("510104199003071238"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("check character does not match")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("idNumber"));
    }

    @Test
    void anImpossibleBirthDateIsRefusedEvenWithAMatchingCheckCharacter() {
        String first17 = "51010419990230123"; // 30 February
        String number = first17 + IdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> new IdNumber(number))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("birth date (digits 7-14) must be a real calendar date");
    }

    @Test
    void aBirthDateBefore1900IsRefused() {
        String first17 = "51010418991231123";
        assertThatThrownBy(() -> new IdNumber(first17 + IdNumber.checkCharacter(first17)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be before 1900-01-01");
    }

    @Test
    void wrongLengthsAndLettersAreRefused() {
        assertThatThrownBy(() -> new IdNumber("51010419900307123"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must have 18 characters, got 17");
        assertThatThrownBy(() -> new IdNumber("5101041990030712A7"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("digits in its first 17 characters");
        assertThatThrownBy(() -> new IdNumber("51010419900307123Y"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must end in a digit or X");
    }

    @Test
    void aRefusalNeverRepeatsTheNumber() {
        assertThatThrownBy(() -> new IdNumber("510104199003071238"))
                .as("error messages end up in logs and responses")
                .message().doesNotContain("510104199003071238").doesNotContain("19900307");
    }

    @Test
    void maskingKeepsTheFirstSixAndLastFour() {
        assertThat(new IdNumber(CHENGDU_EXAMPLE).masked()).isEqualTo("510104********1237");
    }

    @Test
    void toStringIsMaskedSoLogsCannotLeakTheNumber() {
        IdNumber id = new IdNumber(CHENGDU_EXAMPLE);
        assertThat(id.toString()).isEqualTo("510104********1237").doesNotContain("19900307");
        assertThat(String.valueOf(java.util.List.of(id))).as("also inside collections").doesNotContain(CHENGDU_EXAMPLE);
    }

    @Test
    void theCheckCharacterNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumber.checkCharacter("5101041990030712"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("exactly 17 digits");
    }
}
