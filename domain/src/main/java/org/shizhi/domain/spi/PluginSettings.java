package org.shizhi.domain.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One plugin's settings for one city, already checked against its declared keys (defaults filled in),
 * so reading a declared key never fails and reading an undeclared one is a programming error.
 */
public final class PluginSettings {

    private final Map<String, String> values;

    public PluginSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the plugin did not declare the key '" + key + "'");
        }
        return value;
    }

    public int integer(String key) {
        return Integer.parseInt(string(key).strip());
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(string(key));
    }

    public List<String> list(String key) {
        return Arrays.stream(string(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginSettings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
