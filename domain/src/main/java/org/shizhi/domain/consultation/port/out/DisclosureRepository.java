package org.shizhi.domain.consultation.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * Where disclosure boards, published items (三公开) and the village ledgers of assets, resources and funds (三资) are
 * kept; the reports over them are computed by the store. Contract: {@code DisclosureRepositoryContract}.
 */
public interface DisclosureRepository {

    /** Adds or replaces the community's board. */
    void saveBoard(DisclosureBoard board);

    Optional<DisclosureBoard> board(AreaCode community);

    /**
     * Adds an item with the disposals it discloses, in one write; an id already stored is a
     * {@link org.shizhi.domain.shared.StaleVersionException}.
     */
    void publish(DisclosureItem item);

    /** The community's items, of the month if given, latest published first (ids ascending on ties). */
    Slice<DisclosureItem> items(AreaCode community, Optional<YearMonth> period, PageRequest page);

    static Position publishedPosition(DisclosureItem i) {
        return new Position(i.publishedOn().toString(), i.id().toString());
    }

    /** Inserts at version 1, else replaces version - 1, else {@link org.shizhi.domain.shared.StaleVersionException}. */
    void saveAsset(VillageAsset asset);

    Optional<VillageAsset> asset(AssetId id);

    /** The community's ledger, by name then id. */
    Slice<VillageAsset> assets(AreaCode community, PageRequest page);

    static Position assetPosition(VillageAsset a) {
        return new Position(a.name(), a.id().toString());
    }

    /** Boards inside the area open by the month's last day with no item for the month, by community code. */
    Slice<DisclosureBoard> silentBoards(AreaCode area, YearMonth period, PageRequest page);

    static Position boardPosition(DisclosureBoard b) {
        return new Position(b.community().toString(), b.community().toString());
    }

    /**
     * Disposals inside the area not disclosed within {@code days} calendar days: undisclosed by {@code today} with more
     * than {@code days} gone, or first disclosed more than {@code days} after the disposal. Earliest disposal first,
     * then asset id, then disposal number.
     */
    Slice<LateDisposal> lateDisposals(AreaCode area, int days, LocalDate today, PageRequest page);

    /** A late disposal's place in its list: the disposal's day, then {@code <asset id>/<disposal number>}. */
    static Position latePosition(LateDisposal d) {
        return new Position(d.disposal().disposedOn().toString(), d.asset() + "/" + d.disposal().seq());
    }

    /** The disposal a late-disposal position names; a cursor the list never wrote is refused as an invalid cursor. */
    static DisposalRef lateRef(Position p) {
        int slash = p.id().indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no disposal number");
            }
            return new DisposalRef(AssetId.parse(p.id().substring(0, slash)), Integer.parseInt(p.id().substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    /** Boards inside the area open by {@code to}, and those among them that published an item in [{@code from}, {@code to}]. */
    Coverage coverage(AreaCode area, LocalDate from, LocalDate to);

    /**
     * {@link #coverage} for every area of {@code level} inside {@code within} with a board open by {@code to}, by the
     * area's code: one aggregate for all areas at once.
     */
    Map<AreaCode, Coverage> coverageByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to);

    record Coverage(int boards, int disclosing) {
    }
}
