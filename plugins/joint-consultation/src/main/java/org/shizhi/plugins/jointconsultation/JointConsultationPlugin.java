package org.shizhi.plugins.jointconsultation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.ConsultationRule;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/**
 * 三长会商 (3+N, seed 002) as a city's joint-consultation rule: "法院、派出所、司法所三长" plus the N bodies the city
 * always brings in (妇联、民政、综治、党群服务中心、网格员、村干部). A city that enables it sets, under
 * {@code shizhi.city.<code>.joint-consultation.}:
 * <ul>
 *   <li>{@code always-invited}: the N bodies invited to every consultation (default {@code GRID_WORKER,VILLAGE_CADRE}:
 *       the people who know the place); the centre may add others;</li>
 *   <li>{@code convene-risk-levels}: the risk levels that convene (default {@code HIGH,CRITICAL}, the platform's);</li>
 *   <li>{@code convene-petition-backlog}: whether a petition backlog case (信访积案) convenes whatever its risk (default
 *       {@code true}: seed 003's backlog cases were closed by joint work of the three);</li>
 *   <li>{@code convene-from-people}: a dispute involving at least this many people convenes whatever its risk
 *       (default {@code 0}: off), for disputes of many parties (群体性纠纷).</li>
 * </ul>
 */
public final class JointConsultationPlugin implements CityPlugin {

    public static final String ID = "joint-consultation";

    /** Built against SPI 1.2, the first with the consultation rule. */
    private static final SpiVersion BUILT_AGAINST = new SpiVersion(1, 2);

    static final String ALWAYS_INVITED = "always-invited";
    static final String RISK_LEVELS = "convene-risk-levels";
    static final String PETITION_BACKLOG = "convene-petition-backlog";
    static final String FROM_PEOPLE = "convene-from-people";

    private static final List<ConfigKey> CONFIG_KEYS = List.of(
            ConfigKey.optional(ALWAYS_INVITED, ConfigKey.Type.STRING_LIST, "GRID_WORKER,VILLAGE_CADRE",
                    "The N bodies invited to every joint consultation besides the court, police station and judicial office: "
                            + "WOMENS_FEDERATION, CIVIL_AFFAIRS, SECURITY_COMMITTEE, PARTY_SERVICE_CENTRE, GRID_WORKER, VILLAGE_CADRE."),
            ConfigKey.optional(RISK_LEVELS, ConfigKey.Type.STRING_LIST, "HIGH,CRITICAL",
                    "The risk levels (LOW, MEDIUM, HIGH, CRITICAL) at which a dispute calls for a joint consultation."),
            ConfigKey.optional(PETITION_BACKLOG, ConfigKey.Type.BOOLEAN, "true",
                    "Whether a petition backlog case (信访积案) calls for a joint consultation whatever its risk."),
            ConfigKey.optional(FROM_PEOPLE, ConfigKey.Type.INTEGER, "0",
                    "A dispute involving at least this many people calls for a joint consultation whatever its risk; 0 turns it off."));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "三长会商 · joint consultation (3+N)";
    }

    @Override
    public SpiVersion spiVersion() {
        return BUILT_AGAINST;
    }

    @Override
    public List<ConfigKey> configKeys() {
        return CONFIG_KEYS;
    }

    /** @throws IllegalArgumentException naming the key, for a body or level that does not exist or a negative count */
    @Override
    public Optional<ConsultationRule> consultationRule(PluginSettings settings) {
        Set<ConsultationBody> invited = EnumSet.noneOf(ConsultationBody.class);
        for (String name : settings.list(ALWAYS_INVITED)) {
            ConsultationBody body = parse(ConsultationBody.class, ALWAYS_INVITED, name);
            if (body.isCore()) {
                throw new IllegalArgumentException(ALWAYS_INVITED + " names " + body + ", which is always convened; name only N bodies");
            }
            invited.add(body);
        }
        Set<RiskLevel> levels = EnumSet.noneOf(RiskLevel.class);
        for (String name : settings.list(RISK_LEVELS)) {
            levels.add(parse(RiskLevel.class, RISK_LEVELS, name));
        }
        boolean backlog = settings.bool(PETITION_BACKLOG);
        int fromPeople = settings.integer(FROM_PEOPLE);
        if (fromPeople < 0) {
            throw new IllegalArgumentException(FROM_PEOPLE + " must not be negative, got " + fromPeople);
        }
        Set<ConsultationBody> n = Set.copyOf(invited);
        return Optional.of(dispute -> new ConsultationRequirement(levels.contains(dispute.risk())
                || (backlog && dispute.petitionBacklog())
                || (fromPeople > 0 && dispute.peopleInvolved() >= fromPeople), n));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String key, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " names '" + name + "', which is not one of "
                    + EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
