package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;

/**
 * What the registers hold for a grid or an area, counted from them: dwellings, the households living in them (the
 * sum of each dwelling's households), residents and organisations.
 */
public record RegisterCounts(long dwellings, long households, long residents, long organisations) {

    public static final RegisterCounts NONE = new RegisterCounts(0, 0, 0, 0);

    public RegisterCounts {
        if (dwellings < 0 || households < 0 || residents < 0 || organisations < 0) {
            throw new InvalidValueException("counts", "register counts are never negative");
        }
    }

    public RegisterCounts plus(RegisterCounts other) {
        return new RegisterCounts(dwellings + other.dwellings, households + other.households,
                residents + other.residents, organisations + other.organisations);
    }
}
