package org.shizhi.adapters.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data (resident ID numbers, mobiles) for its columns and makes their blind index.
 * A stored value reads {@code v1:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>} (AES-256-GCM, 96-bit random
 * nonce), so every value names the key that wrote it and keys can rotate; the column name is bound in as
 * associated data, so a value copied into another column does not decrypt. The blind index is an
 * HMAC-SHA256 of the value, so equal values can be found without storing either in clear.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public String encrypt(String column, String clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keys.activeId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    public String decrypt(String column, String stored) {
        String keyId = keyId(stored);
        SecretKey key = keys.keys().get(keyId);
        if (key == null) {
            throw new IllegalStateException("a value in " + column + " was written with key '" + keyId
                    + "', which is not configured (configured: " + keys.keys().keySet() + ")");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a value in " + column + " does not authenticate: it was altered, or belongs to another column");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** Whether a stored value was written with an older key and a rotation should rewrite it. */
    public boolean needsRotation(String stored) {
        return !keyId(stored).equals(keys.activeId());
    }

    /** The blind index of a value: deterministic for the same value, useless without the index key. */
    public String blindIndex(String column, String clear) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update(column.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    private static String keyId(String stored) {
        int end = stored == null ? -1 : stored.indexOf(':', PREFIX.length());
        if (stored == null || !stored.startsWith(PREFIX) || end < 0) {
            throw new IllegalStateException("a stored personal-data value is not in the v1:<key>:<data> form");
        }
        return stored.substring(PREFIX.length(), end);
    }
}
