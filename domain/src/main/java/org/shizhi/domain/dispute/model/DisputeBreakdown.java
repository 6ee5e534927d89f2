package org.shizhi.domain.dispute.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The disputes of an area opened in a period of days in China [{@code from}, {@code to}], counted by type and by
 * mediation channel (the channel they stand in now), largest first; a type or channel with none is absent.
 */
@PublishedModel
public record DisputeBreakdown(AreaCode area, LocalDate from, LocalDate to, List<TypeCount> byType, List<ChannelCount> byChannel) {

    public DisputeBreakdown {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        byType = List.copyOf(byType);
        byChannel = List.copyOf(byChannel);
    }

    /** How many disputes of a type (its code and label). */
    public record TypeCount(DisputeType type, long count) {
        public TypeCount {
            Objects.requireNonNull(type, "type");
        }
    }

    /** How many disputes in a mediation channel. */
    public record ChannelCount(MediationChannel channel, long count) {
        public ChannelCount {
            Objects.requireNonNull(channel, "channel");
        }
    }
}
