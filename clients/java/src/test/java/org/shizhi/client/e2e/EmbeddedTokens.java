package org.shizhi.client.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;

/**
 * Tokens as {@code ./shizhi token} mints them (the app's {@code TokenMinter}), made with the JDK and Jackson only so that
 * the tests run on Java 17: an RS256 JWT signed with the key pair the embedded profile writes to
 * {@code <data>/keys/jwt-private.pem} (PKCS#8 PEM), with the claims {@code jti}, {@code iss}, {@code aud}, {@code sub},
 * {@code upn}, {@code iat}, {@code nbf}, {@code exp}, {@code groups}, {@code city} and {@code jurisdiction}.
 */
final class EmbeddedTokens {

    /** The embedded profile's {@code mp.jwt.verify.issuer} and first {@code mp.jwt.verify.audiences}. */
    static final String ISSUER = "shizhi-embedded";
    static final String AUDIENCE = "shizhi";
    static final String KEY_ID = "shizhi-embedded";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RSAPrivateKey key;

    EmbeddedTokens(RSAPrivateKey key) {
        this.key = key;
    }

    /** With the private key the platform keeps under {@code dataDir}. */
    static EmbeddedTokens of(Path dataDir) {
        return new EmbeddedTokens(readPrivateKey(dataDir.resolve("keys").resolve("jwt-private.pem")));
    }

    RSAPrivateKey key() {
        return key;
    }

    String mint(String subject, String city, String jurisdiction, Collection<String> groups, Clock clock, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode();
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", ISSUER);
        claims.putArray("aud").add(AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + ttl.toSeconds());
        ArrayNode roles = claims.putArray("groups");
        groups.forEach(roles::add);
        claims.put("city", city);
        claims.put("jurisdiction", jurisdiction);
        return signed(claims.toString());
    }

    /** A token with exactly these claims (JSON of the payload), signed RS256 with the platform's key. */
    String signed(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}").getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    static RSAPrivateKey readPrivateKey(Path pem) {
        try {
            String body = Files.readString(pem, StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pem, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(pem + " does not hold an RSA private key in PKCS#8 PEM", e);
        }
    }
}
