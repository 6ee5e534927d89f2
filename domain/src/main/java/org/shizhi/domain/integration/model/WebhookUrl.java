package org.shizhi.domain.integration.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Where deliveries go. The rule: {@code https} to any host; {@code http} only to a loopback host ({@code 127.0.0.1},
 * {@code ::1}, {@code localhost}), which serves a receiver on the same machine and tests without letting personal
 * data cross a network unencrypted. No user info (credentials belong in the signature, not in the URL), no fragment,
 * at most 2,000 characters.
 */
public record WebhookUrl(URI value) {

    public static final int MAX_LENGTH = 2_000;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    public WebhookUrl {
        if (value == null) {
            throw new InvalidValueException("url", "a URL is required");
        }
        if (value.toString().length() > MAX_LENGTH) {
            throw new InvalidValueException("url", "a URL has at most " + MAX_LENGTH + " characters");
        }
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        String host = value.getHost() == null ? "" : value.getHost().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute() || host.isEmpty()) {
            throw new InvalidValueException("url", "the URL must be absolute, with a host");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new InvalidValueException("url", "the URL must be https (http only to a loopback host)");
        }
        if (value.getUserInfo() != null || value.getFragment() != null) {
            throw new InvalidValueException("url", "the URL may carry neither user info nor a fragment");
        }
    }

    public static WebhookUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("url", "a URL is required");
        }
        try {
            return new WebhookUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "not a URL: " + e.getReason());
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
