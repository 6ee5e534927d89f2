package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "+86-138-1234-5678", "8613812345678", "138-1234-5678", " 138 1234 5678 "})
    void writtenFormsAreNormalisedToElevenDigits(String written) {
        assertThat(new PhoneNumber(written).value()).as("'%s' normalised", written).isEqualTo("13812345678");
    }

    @Test
    void numbersWrittenDifferentlyAreEqual() {
        assertThat(new PhoneNumber("+86 138 1234 5678")).isEqualTo(new PhoneNumber("13812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "138123456789", "1381234567a", "+1 415 555 0100", ""})
    void anythingButElevenDigitsIsRefused(String written) {
        assertThatThrownBy(() -> new PhoneNumber(written))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("phone number must be a mainland mobile number of 11 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "10812345678", "23812345678"})
    void aMobileNumberStartsWithOneAndThenThreeToNine(String number) {
        assertThatThrownBy(() -> new PhoneNumber(number))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must start with 1 followed by a digit from 3 to 9")
                .message().doesNotContain(number);
    }

    @Test
    void maskingKeepsTheFirstThreeAndLastFour() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void toStringIsMaskedSoLogsCannotLeakTheNumber() {
        assertThat(new PhoneNumber("+86 138 1234 5678")).hasToString("138****5678");
    }
}
