package org.shizhi.domain.integration.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A subscription's secrets: the current one and, during a rotation's overlap, the one it replaced with the instant the
 * overlap ends. Until then every delivery is signed with both (two {@code v1,} signatures in one header), so a
 * receiver can switch its secret at any time in the overlap without refusing a delivery.
 */
public record SigningSecrets(WebhookSecret current, Optional<WebhookSecret> previous, Optional<Instant> previousUntil) {

    public SigningSecrets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousUntil, "previousUntil");
        if (previous.isPresent() != previousUntil.isPresent()) {
            throw new InvalidValueException("secret", "a previous secret comes with the end of its overlap");
        }
    }

    public static SigningSecrets of(WebhookSecret current) {
        return new SigningSecrets(current, Optional.empty(), Optional.empty());
    }

    /** The secrets that sign at {@code now}: the current one first, then the previous one while its overlap lasts. */
    public List<WebhookSecret> signingAt(Instant now) {
        return previous.isPresent() && now.isBefore(previousUntil.orElseThrow())
                ? List.of(current, previous.orElseThrow()) : List.of(current);
    }

    /** The secrets after a rotation at {@code now}: {@code next} signs, the current one alongside until {@code until}. */
    public SigningSecrets rotatedTo(WebhookSecret next, Instant until) {
        return new SigningSecrets(next, Optional.of(current), Optional.of(until));
    }
}
