package org.shizhi.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The release's configuration file ({@code conf/shizhi.properties}, named by {@code -Dshizhi.config}): one more
 * MicroProfile Config source, below system properties (400) and environment variables (300) and above the defaults
 * built into the jar (100), so that an operator edits one file and can still override a key for one start. Read as
 * UTF-8, unlike the jar's own file (Helidon reads that as ISO-8859-1), so Chinese values need no escapes here.
 */
public final class ConfigFile {

    /** The system property the launcher sets; absent in a source checkout, where nothing changes. */
    public static final String PROPERTY = "shizhi.config";
    static final int ORDINAL = 250;

    private ConfigFile() {
    }

    /**
     * Registers the platform's configuration with the file as a source, before anything asks for the configuration.
     *
     * @throws SettingsException if the file is named but cannot be read
     */
    public static void install() {
        String named = System.getProperty(PROPERTY, "").strip();
        if (named.isEmpty()) {
            return;
        }
        Path file = Path.of(named).toAbsolutePath().normalize();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        var config = resolver.getBuilder()
                .addDefaultSources()
                .addDiscoveredSources()
                .addDiscoveredConverters()
                .withSources(source(file))
                .build();
        resolver.registerConfig(config, Thread.currentThread().getContextClassLoader());
    }

    static ConfigSource source(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SettingsException(PROPERTY, "cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Map<String, String> getProperties() {
                return values;
            }

            @Override
            public String getValue(String key) {
                return values.get(key);
            }

            @Override
            public String getName() {
                return file.toString();
            }

            @Override
            public int getOrdinal() {
                return ORDINAL;
            }
        };
    }
}
