package org.shizhi.domain.consultation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An entry of the village's ledger of assets, resources and funds (三资台账) with its value in yuan and its
 * disposals, which the villagers watch on the supervision platform.
 */
public record VillageAsset(AssetId id, long version, AreaCode community, AssetKind kind, String name, BigDecimal value,
                           List<Disposal> disposals) {

    public static final int MAX_DISPOSALS = 1_000;

    /** What an entry is registered with. */
    public record Entry(AreaCode community, AssetKind kind, String name, BigDecimal value) {
        public Entry {
            if (community == null || community.level() != AdminLevel.COMMUNITY) {
                throw new InvalidValueException("community", "an asset is a village's or a community's (a 12-digit code)");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "the kind is ASSET, RESOURCE or FUND");
            }
            name = Texts.required("name", "the asset's name", name, 200);
            value = yuan("value", value);
        }
    }

    public VillageAsset {
        Objects.requireNonNull(id, "id");
        disposals = List.copyOf(disposals);
    }

    public static VillageAsset register(AssetId id, Entry e) {
        return new VillageAsset(id, 1, e.community(), e.kind(), e.name(), e.value(), List.of());
    }

    /** Records a disposal made on a day not after today. */
    public VillageAsset dispose(DisposalKind kind, String description, BigDecimal amount, LocalDate disposedOn, LocalDate today) {
        if (disposedOn != null && disposedOn.isAfter(today)) {
            throw new InvalidValueException("disposedOn", "a disposal is recorded once made; " + disposedOn + " lies in the future");
        }
        if (disposals.size() >= MAX_DISPOSALS) {
            throw new ConflictException("disposals", "an asset holds at most " + MAX_DISPOSALS + " disposals");
        }
        List<Disposal> all = new ArrayList<>(disposals);
        all.add(new Disposal(disposals.size() + 1, kind, description, amount, disposedOn));
        return new VillageAsset(id, version + 1, community, this.kind, name, value, all);
    }

    /** An amount in yuan: not negative, to the fen. */
    static BigDecimal yuan(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(field, "the amount in yuan is required");
        }
        if (amount.signum() < 0 || amount.compareTo(Disposal.MAX_AMOUNT) > 0) {
            throw new InvalidValueException(field, "an amount is 0 to " + Disposal.MAX_AMOUNT + " yuan, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, "an amount is in yuan to the fen (two decimals), got " + amount.toPlainString());
        }
        return amount.setScale(2);
    }
}
