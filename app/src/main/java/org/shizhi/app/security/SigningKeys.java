package org.shizhi.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The embedded default's token signing keys: an RSA pair made on first start under {@code <data>/keys},
 * the public half in PEM for MicroProfile JWT to verify with, the private half readable by its owner only.
 * A production city verifies its identity provider's tokens instead and never uses these.
 */
public final class SigningKeys {

    public static final String PUBLIC_FILE = "jwt-public.pem";
    public static final String PRIVATE_FILE = "jwt-private.pem";

    private SigningKeys() {
    }

    /** Creates the pair in {@code dir} unless it is there; answers the public key's path. */
    public static Path ensure(Path dir) {
        Path publicKey = dir.resolve(PUBLIC_FILE);
        Path privateKey = dir.resolve(PRIVATE_FILE);
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return publicKey;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system decides; nothing more to do on one without POSIX permissions
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make RSA keys", e);
        }
    }

    public static RSAPrivateKey readPrivate(Path file) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " does not hold an RSA private key in PKCS#8 PEM", e);
        }
    }


    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String body = text.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
