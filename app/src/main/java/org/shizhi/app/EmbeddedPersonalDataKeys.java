package org.shizhi.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.shizhi.adapters.persistence.PersonalDataKeys;

/** The embedded default's personal-data keys: made once under {@code <data>/keys}, readable by their owner only. */
public final class EmbeddedPersonalDataKeys {

    static final String FILE = "personal-data.properties";

    private EmbeddedPersonalDataKeys() {
    }

    public static PersonalDataKeys loadOrCreate(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                return PersonalDataKeys.parse(p.getProperty("keys", ""), p.getProperty("active", ""), p.getProperty("index", ""));
            }
            PersonalDataKeys keys = PersonalDataKeys.generate("k1");
            write(file, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("shizhi.data.dir", "holds " + file + ", which is not usable: " + e.getMessage());
        }
    }

    /** Adds a new key to the embedded default's file and makes it the active one; the old keys stay to read old values. */
    public static PersonalDataKeys addActiveKey(Path dir, String id) {
        PersonalDataKeys keys = loadOrCreate(dir).withNewActiveKey(id);
        try {
            write(dir.resolve(FILE), keys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
        return keys;
    }

    static void write(Path file, PersonalDataKeys keys) throws IOException {
        Files.createDirectories(file.getParent());
        String[] text = keys.format();
        Properties p = new Properties();
        p.setProperty("keys", text[0]);
        p.setProperty("active", text[1]);
        p.setProperty("index", text[2]);
        Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system decides
        }
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Shizhi personal-data keys (embedded default). Losing this file loses the residents' ID numbers and mobiles.");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
