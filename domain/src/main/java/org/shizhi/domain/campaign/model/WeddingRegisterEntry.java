package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/** An entry on one of the wedding reform's registers of an area. */
public sealed interface WeddingRegisterEntry {

    RegisterEntryId id();

    AreaCode area();

    /** The day it was entered (registered, joined, held). */
    LocalDate on();

    private static void requireArea(AreaCode area) {
        if (area == null) {
            throw new InvalidValueException("areaCode", "a register entry belongs to an area (12-digit code)");
        }
    }

    /** A folk master of ceremonies (民间总管) on the register; name and mobile are personal data. */
    record FolkMaster(RegisterEntryId id, AreaCode area, String name, Optional<PhoneNumber> phone, LocalDate on)
            implements WeddingRegisterEntry {
        public FolkMaster {
            Objects.requireNonNull(id, "id");
            WeddingRegisterEntry.requireArea(area);
            name = Texts.required("name", "the master's name", name, 100);
            phone = phone == null ? Optional.empty() : phone;
            Objects.requireNonNull(on, "registeredOn");
        }
    }

    /** A wedding business of the alliance (婚庆爱心企业联盟) and its charity-price pledge. */
    record AllianceBusiness(RegisterEntryId id, AreaCode area, String name, String service, String pledge, BigDecimal charityPrice,
                            LocalDate on) implements WeddingRegisterEntry {
        public AllianceBusiness {
            Objects.requireNonNull(id, "id");
            WeddingRegisterEntry.requireArea(area);
            name = Texts.required("name", "the business's name", name, 200);
            service = Texts.required("service", "the service it offers", service, 200);
            pledge = Texts.required("pledge", "the charity-price pledge", pledge, 2_000);
            charityPrice = Amounts.atLeastZero("charityPrice", charityPrice);
            Objects.requireNonNull(on, "joinedOn");
        }
    }

    /** A marriage and family counselling session (婚姻家庭辅导) held for couples. */
    record CounsellingSession(RegisterEntryId id, AreaCode area, String topic, String counsellor, int couples, LocalDate on)
            implements WeddingRegisterEntry {
        public CounsellingSession {
            Objects.requireNonNull(id, "id");
            WeddingRegisterEntry.requireArea(area);
            topic = Texts.required("topic", "the topic", topic, 200);
            counsellor = Texts.required("counsellor", "the counsellor", counsellor, 100);
            if (couples < 1 || couples > 10_000) {
                throw new InvalidValueException("couples", "a session counsels 1 to 10000 couples, got " + couples);
            }
            Objects.requireNonNull(on, "heldOn");
        }
    }
}
