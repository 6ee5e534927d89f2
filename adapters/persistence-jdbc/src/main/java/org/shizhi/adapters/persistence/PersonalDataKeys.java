package org.shizhi.adapters.persistence;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal data at rest: encryption keys by id (the newest is {@code activeId}; older
 * ones stay to read what they wrote until a rotation has re-encrypted it) and the key of the blind index
 * that lets an ID number be found without being stored in clear.
 *
 * <p>Written as text for configuration: {@code keys = id:base64,id:base64}, {@code active = id},
 * {@code index = base64}; every key is 32 random bytes (AES-256, HMAC-SHA256).
 */
public record PersonalDataKeys(Map<String, SecretKey> keys, String activeId, SecretKey indexKey) {

    private static final int KEY_BYTES = 32;

    public PersonalDataKeys {
        keys = Map.copyOf(keys);
        Objects.requireNonNull(indexKey, "index key");
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("the active key '" + activeId + "' is not among the keys " + keys.keySet());
        }
        keys.keySet().forEach(id -> {
            if (!id.matches("[A-Za-z0-9-]{1,32}")) {
                throw new IllegalArgumentException("a key id is 1-32 letters, digits or '-', not '" + id + "'");
            }
        });
    }

    /** Parses the configuration form; every refusal names what is wrong, never a key's value. */
    public static PersonalDataKeys parse(String keyList, String active, String index) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a key is written id:base64");
            }
            if (keys.put(parts[0], aes(parts[0], parts[1])) != null) {
                throw new IllegalArgumentException("the key id '" + parts[0] + "' appears twice");
            }
        }
        return new PersonalDataKeys(keys, active.strip(), new SecretKeySpec(bytes("index", index), "HmacSHA256"));
    }

    /** Fresh random keys with one encryption key called {@code id}. */
    public static PersonalDataKeys generate(String id) {
        return new PersonalDataKeys(Map.of(id, new SecretKeySpec(random(), "AES")), id, new SecretKeySpec(random(), "HmacSHA256"));
    }

    /** These keys plus a new encryption key that becomes the active one. */
    public PersonalDataKeys withNewActiveKey(String id) {
        if (keys.containsKey(id)) {
            throw new IllegalArgumentException("the key id '" + id + "' is taken");
        }
        Map<String, SecretKey> more = new LinkedHashMap<>(keys);
        more.put(id, new SecretKeySpec(random(), "AES"));
        return new PersonalDataKeys(more, id, indexKey);
    }

    /** The configuration form of {@link #parse}: keys, active id, index key. */
    public String[] format() {
        Base64.Encoder b64 = Base64.getEncoder();
        String list = String.join(",", keys.entrySet().stream()
                .map(e -> e.getKey() + ":" + b64.encodeToString(e.getValue().getEncoded())).toList());
        return new String[] {list, activeId, b64.encodeToString(indexKey.getEncoded())};
    }

    public SecretKey active() {
        return keys.get(activeId);
    }

    @Override
    public String toString() {
        return "PersonalDataKeys" + keys.keySet() + " active " + activeId; // never the key material
    }

    private static SecretKey aes(String id, String base64) {
        return new SecretKeySpec(bytes("key '" + id + "'", base64), "AES");
    }

    private static byte[] bytes(String what, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("the " + what + " must be " + KEY_BYTES + " bytes, not " + bytes.length);
        }
        return bytes;
    }

    private static byte[] random() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
