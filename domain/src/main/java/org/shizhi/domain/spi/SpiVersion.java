package org.shizhi.domain.spi;

import org.shizhi.domain.shared.InvalidValueException;

/**
 * The version of this SPI. The promise: within one major version the platform only adds (new extension
 * points with defaults, new optional model fields), so a plugin built against 1.x runs on every 1.y with
 * y >= x. A new major may remove or change; plugins of another major are refused at start-up.
 */
public record SpiVersion(int major, int minor) {

    /**
     * The SPI this platform provides. 1.1 added {@code CityPlugin.gridRules}; 1.2 added {@code disputeRouter},
     * {@code consultationRule} and {@code disputeTypes}; 1.3 added {@code eventRouter}, {@code programmes},
     * {@code indicators}, {@code assessmentSchemes} and {@code campaignTemplates}; 1.4 added
     * {@code CampaignTemplate.checklist}.
     */
    public static final SpiVersion CURRENT = new SpiVersion(1, 4);

    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new InvalidValueException("spiVersion", "SPI version numbers are not negative");
        }
    }

    public static SpiVersion parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\.");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            throw new InvalidValueException("spiVersion", "an SPI version is MAJOR.MINOR, not '" + text + "'");
        }
        return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether a plugin built against {@code builtAgainst} can run on this platform's SPI. */
    public boolean runs(SpiVersion builtAgainst) {
        return builtAgainst.major == major && builtAgainst.minor <= minor;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
