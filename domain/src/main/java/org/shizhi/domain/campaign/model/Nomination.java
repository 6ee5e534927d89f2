package org.shizhi.domain.campaign.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An organisation's nomination of someone for Safety Star: who (their name is personal data, masked for readers
 * without the privilege), what they did, and the evidence.
 */
public record Nomination(NominationId id, RoundId round, String nominee, String nominatedBy, String deed, String evidence,
                         Instant nominatedAt, Acting recordedBy) {

    public Nomination {
        Objects.requireNonNull(id, "id");
        if (round == null) {
            throw new InvalidValueException("roundId", "a nomination belongs to a round");
        }
        nominee = Texts.required("nominee", "the nominee's name", nominee, 100);
        nominatedBy = Texts.required("nominatedBy", "the nominating organisation", nominatedBy, 200);
        deed = Texts.required("deed", "the deed", deed, 4_000);
        evidence = Texts.required("evidence", "the evidence", evidence, 4_000);
        Objects.requireNonNull(nominatedAt, "nominatedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
