package org.shizhi.domain.integration.model;

import java.util.Base64;
import java.util.random.RandomGenerator;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random bytes.
 * The key that signs is the decoded bytes ({@link #key()}).
 */
public record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    static final int BYTES = 32;

    public WebhookSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new InvalidValueException("secret", "a webhook secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("secret", "a webhook secret is " + PREFIX + " and base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new InvalidValueException("secret", "a webhook secret holds 24 to 64 bytes");
        }
    }

    /** A new secret from a source of strong randomness (a {@code SecureRandom} in production). */
    public static WebhookSecret generate(RandomGenerator random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Never the secret itself in a log line or an exception. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
