package org.shizhi.domain.campaign.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** The wedding-customs reform's halls, registers and weddings. Contract: {@code WeddingReformContract}. */
public interface WeddingReform {

    void addHall(PublicHall hall);

    Optional<PublicHall> hall(HallId id);

    /** Halls inside the area, by area then name. */
    List<PublicHall> halls(AreaCode area);

    void enter(WeddingRegisterEntry entry);

    /** Entries of one kind inside the area, latest first; a position is (day, id). */
    <E extends WeddingRegisterEntry> Slice<E> entries(Class<E> kind, AreaCode area, PageRequest page);

    /**
     * Registers a new wedding and, when it uses a hall, books the hall for the day, in one transaction.
     *
     * @throws org.shizhi.domain.shared.ConflictException (field {@code hallId}) when the hall is booked that day already, also
     *         by a registration at the same moment: the store's unique constraint decides; nothing is written then
     */
    void register(Wedding wedding);

    /** Stores the follow-up check of a registered wedding that had none; a conflict if one was stored meanwhile. */
    void followUp(Wedding checked);

    Optional<Wedding> wedding(WeddingId id);

    /** Weddings inside the area, latest day first; a position is (weddingOn, id). */
    Slice<Wedding> weddings(AreaCode area, PageRequest page);

    /** One line per area (as registered) inside {@code area} with a wedding in [from, to]: counted by the store. */
    List<WeddingAreaReport> report(AreaCode area, java.time.LocalDate from, java.time.LocalDate to);
}
