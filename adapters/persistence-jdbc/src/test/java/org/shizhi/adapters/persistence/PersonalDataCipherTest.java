package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID_NUMBER = "510104199003071234";
    private final PersonalDataKeys keys = PersonalDataKeys.generate("2026-01");
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);

    @Test
    void aValueComesBackAsItWentInAndIsNotStoredInClear() {
        String stored = cipher.encrypt("resident.id_number", ID_NUMBER);

        assertThat(stored).startsWith("v1:2026-01:").doesNotContain(ID_NUMBER).doesNotContain("1234");
        assertThat(cipher.decrypt("resident.id_number", stored)).isEqualTo(ID_NUMBER);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButIndexesTheSame() {
        assertThat(cipher.encrypt("resident.id_number", ID_NUMBER)).isNotEqualTo(cipher.encrypt("resident.id_number", ID_NUMBER));
        assertThat(cipher.blindIndex("resident.id_number", ID_NUMBER)).isEqualTo(cipher.blindIndex("resident.id_number", ID_NUMBER))
                .doesNotContain(ID_NUMBER).hasSize(64);
    }

    @Test
    void aValueMovedToAnotherColumnOrAlteredDoesNotDecrypt() {
        String stored = cipher.encrypt("resident.id_number", ID_NUMBER);
        String prefix = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] sealed = java.util.Base64.getDecoder().decode(stored.substring(prefix.length()));
        sealed[sealed.length / 2] ^= 1; // one bit of the ciphertext
        String altered = prefix + java.util.Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt("resident.mobile", stored)).hasMessageContaining("does not authenticate");
        assertThatThrownBy(() -> cipher.decrypt("resident.id_number", altered)).hasMessageContaining("does not authenticate");
    }

    @Test
    void afterARotationOldValuesStillReadAndAreMarkedForRewriting() {
        String old = cipher.encrypt("resident.mobile", "13812345678");
        PersonalDataCipher rotated = new PersonalDataCipher(keys.withNewActiveKey("2026-07"));

        assertThat(rotated.decrypt("resident.mobile", old)).isEqualTo("13812345678");
        assertThat(rotated.needsRotation(old)).isTrue();
        String rewritten = rotated.encrypt("resident.mobile", "13812345678");
        assertThat(rewritten).startsWith("v1:2026-07:");
        assertThat(rotated.needsRotation(rewritten)).isFalse();
        assertThat(rotated.blindIndex("resident.mobile", "13812345678"))
                .as("the blind index survives a rotation of the encryption key")
                .isEqualTo(cipher.blindIndex("resident.mobile", "13812345678"));
    }

    @Test
    void aValueWrittenWithAnUnconfiguredKeyNamesTheKey() {
        String stored = new PersonalDataCipher(PersonalDataKeys.generate("elsewhere")).encrypt("resident.mobile", "13812345678");

        assertThatThrownBy(() -> cipher.decrypt("resident.mobile", stored))
                .hasMessageContaining("key 'elsewhere', which is not configured");
    }

    @Test
    void keysSurviveTheirConfigurationFormAndNeverPrintTheirMaterial() {
        String[] text = keys.format();
        PersonalDataKeys parsed = PersonalDataKeys.parse(text[0], text[1], text[2]);

        assertThat(new PersonalDataCipher(parsed).decrypt("resident.mobile", cipher.encrypt("resident.mobile", "13812345678")))
                .isEqualTo("13812345678");
        assertThat(parsed.toString()).doesNotContain(text[2]).doesNotContain(text[0].split(":")[1]);
        assertThatThrownBy(() -> PersonalDataKeys.parse("k1:c2hvcnQ=", "k1", text[2])).hasMessage("the key 'k1' must be 32 bytes, not 5");
        assertThatThrownBy(() -> PersonalDataKeys.parse(text[0], "nope", text[2])).hasMessageContaining("the active key 'nope' is not among the keys");
    }
}
