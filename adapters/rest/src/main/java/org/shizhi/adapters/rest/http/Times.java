package org.shizhi.adapters.rest.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.shizhi.domain.shared.WorkingTime;

/** Instants go out as RFC 3339 timestamps at China's offset ({@code 2025-09-26T10:00:00+08:00}), the platform's working time. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(WorkingTime.ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(Times::at).orElse(null);
    }
}
