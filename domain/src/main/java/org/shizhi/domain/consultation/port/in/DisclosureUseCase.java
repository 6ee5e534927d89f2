package org.shizhi.domain.consultation.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalKind;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Public disclosure (三公开) and the village ledger (三资). Permissions: {@link Permission#PUBLISH_DISCLOSURES} for boards
 * and items, {@link Permission#KEEP_VILLAGE_ASSETS} for the ledger; the community in the caller's jurisdiction.
 */
public interface DisclosureUseCase {

    /** Opens (or renames) a community's board. */
    DisclosureBoard openBoard(Actor actor, DisclosureBoard board);

    /** Publishes an item on the community's board today; the disposals it names must be the community's. */
    DisclosureItem publish(Actor actor, DisclosureItem.Draft draft);

    VillageAsset registerAsset(Actor actor, VillageAsset.Entry entry);

    VillageAsset dispose(Actor actor, Dispose command);

    record Dispose(AssetId asset, long expectedVersion, DisposalKind kind, String description, BigDecimal amount,
                   LocalDate disposedOn) {
        public Dispose {
            Checks.target("assetId", asset, expectedVersion);
            if (kind == null) {
                throw new InvalidValueException("kind", "the kind is SALE, LEASE, CONTRACT_OUT, SPENDING or WRITE_OFF");
            }
            description = Texts.required("description", "what was disposed of", description, 2_000);
            if (amount == null) {
                throw new InvalidValueException("amount", "the amount in yuan is required");
            }
            if (disposedOn == null) {
                throw new InvalidValueException("disposedOn", "the day of the disposal is required");
            }
        }
    }
}
