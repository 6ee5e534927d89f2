package org.shizhi.domain.consultation.model;

import org.shizhi.domain.shared.InvalidValueException;

/** One disposal of a village asset, as a finance disclosure names it. */
public record DisposalRef(AssetId asset, int seq) {

    public DisposalRef {
        if (asset == null) {
            throw new InvalidValueException("disposals.assetId", "the asset disposed of is required");
        }
        if (seq < 1) {
            throw new InvalidValueException("disposals.seq", "disposals are numbered from 1");
        }
    }
}
