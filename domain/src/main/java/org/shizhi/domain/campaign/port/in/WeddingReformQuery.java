package org.shizhi.domain.campaign.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Reads of the wedding reform; every role; in the caller's jurisdiction (else not found); names masked without the privilege. */
public interface WeddingReformQuery {

    List<PublicHall> halls(Actor actor, AreaCode area);

    <E extends WeddingRegisterEntry> Slice<E> entries(Actor actor, Class<E> kind, AreaCode area, PageRequest page);

    Wedding wedding(Actor actor, WeddingId id);

    Slice<Wedding> weddings(Actor actor, AreaCode area, PageRequest page);

    /** By area, weddings in [from, to] (at most {@value CampaignFiguresQuery#MAX_DAYS} days): registered, services, pledges kept or broken. */
    List<WeddingAreaReport> report(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
