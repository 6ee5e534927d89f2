package org.shizhi.domain.party.port.out;

import java.util.Optional;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Where members, their check-ins, service records and model posts are kept. Personal data (ID number, mobile) is kept
 * as the residents' is: encrypted, an ID number found by its blind index. Contract: {@code PartyStorageContract}.
 */
public interface PartyMembers {

    /**
     * Adds a member of an organisation standing in {@code area}.
     *
     * @throws org.shizhi.domain.shared.ConflictException if a member with the same ID number is enrolled in the city
     *         (field {@code idNumber}); nothing is written then
     */
    void add(PartyMember member, AreaCode area);

    Optional<PartyMember> find(PartyMemberId id);

    /** The organisation's members ordered by name then id; positions are (name, id). */
    Slice<PartyMember> ofOrganisation(PartyOrganisationId organisation, PageRequest page);

    /** Records the member's check-in, replacing an earlier one (a member who moved checks in anew). */
    void save(CheckIn checkIn);

    Optional<CheckIn> checkIn(PartyMemberId member);

    void add(ServiceRecord record);

    /** The member's service, latest first (date, then id); positions are (date, id). */
    Slice<ServiceRecord> services(PartyMemberId member, PageRequest page);

    void save(ModelPost post);

    /** The organisation's model posts ordered by title then id; positions are (title, id). */
    Slice<ModelPost> modelPosts(PartyOrganisationId organisation, PageRequest page);
}
