package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A community's disclosure board (公开栏, on the supervision platform): a community with a board owes its residents
 * the three disclosures every month from {@code openedOn} on, and its published items are readable by anyone.
 *
 * @param name the name shown to the public (the village or community's own name)
 */
public record DisclosureBoard(AreaCode community, String name, LocalDate openedOn) {

    public DisclosureBoard {
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a disclosure board is a community's or a village's (a 12-digit code)");
        }
        name = Texts.required("name", "the community's name", name, 200);
        if (openedOn == null) {
            throw new InvalidValueException("openedOn", "the day the board opened is required");
        }
    }
}
