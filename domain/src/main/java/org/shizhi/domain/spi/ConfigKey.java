package org.shizhi.domain.spi;

import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A setting a plugin declares. Operators set it per city as {@code shizhi.city.<code>.<plugin-id>.<name>};
 * an undeclared key is an error at start-up, not a silent default.
 */
public record ConfigKey(String name, Type type, Optional<String> defaultValue, String description) {

    public enum Type {
        STRING, INTEGER, BOOLEAN,
        /** Comma-separated; blanks around items are ignored. */
        STRING_LIST;

        /** Refuses a value this type cannot read, naming the key. */
        public void check(String key, String value) {
            boolean ok = switch (this) {
                case STRING, STRING_LIST -> value != null;
                case INTEGER -> value != null && value.strip().matches("-?\\d{1,9}");
                case BOOLEAN -> "true".equals(value) || "false".equals(value);
            };
            if (!ok) {
                throw new InvalidValueException(key, key + " must be " + describe() + ", not '" + value + "'");
            }
        }

        public String describe() {
            return switch (this) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case BOOLEAN -> "true or false";
                case STRING_LIST -> "a comma-separated list";
            };
        }
    }

    public ConfigKey {
        if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("name", "a configuration key is lower-case words joined by '-' or '.', not '" + name + "'");
        }
        defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
        defaultValue.ifPresent(value -> type.check(name, value));
    }

    public static ConfigKey required(String name, Type type, String description) {
        return new ConfigKey(name, type, Optional.empty(), description);
    }

    public static ConfigKey optional(String name, Type type, String defaultValue, String description) {
        return new ConfigKey(name, type, Optional.of(defaultValue), description);
    }

    public boolean isRequired() {
        return defaultValue.isEmpty();
    }
}
