package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "914403001922038216"})
    void publishedCodesOfRealOrganisationsAreValid(String code) {
        assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void theCheckCharacterIsComputedByTheStandardsWeightsModulo31() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91110000802100433")).isEqualTo('B');
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void lowerCaseIsAcceptedAndWrittenUpperCase() {
        assertThat(new UnifiedSocialCreditCode(" 91110000802100433b ").value()).isEqualTo("91110000802100433B");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91110000802100433C"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("check character does not match")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("creditCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V"})
    void lettersOutsideTheCodeAlphabetAreRefused(String letter) {
        String code = "9111000080210043" + letter + "B";
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(code))
                .as("%s is not in the GB 32100 alphabet", letter)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("character 17 is not one of them");
    }

    @Test
    void aCodeOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("9111000080210043"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must have 18 characters, got 16");
    }

    @Test
    void maskingKeepsTheFirstSixAndLastFour() {
        assertThat(new UnifiedSocialCreditCode("91110000802100433B").masked()).isEqualTo("911100********433B");
    }

    @Test
    void toStringIsMasked() {
        assertThat(new UnifiedSocialCreditCode("91110000802100433B")).hasToString("911100********433B");
    }
}
