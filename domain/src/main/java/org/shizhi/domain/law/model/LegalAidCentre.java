package org.shizhi.domain.law.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A legal-aid centre (法律援助中心) of a district or city, with the lawyers who take its cases.
 *
 * @param code the centre's code, unique in the platform, {@code [a-z0-9-]}
 */
public record LegalAidCentre(String code, AreaCode area, String name, List<Lawyer> lawyers) {

    public static final int MAX_LAWYERS = 500;

    public LegalAidCentre {
        code = Texts.required("code", "a centre's code", code, 64);
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidValueException("code", "a centre's code is lower-case letters, digits and '-', got " + code);
        }
        if (area == null) {
            throw new InvalidValueException("area", "a centre's area is required");
        }
        if (area.level() != AdminLevel.CITY && area.level() != AdminLevel.DISTRICT) {
            throw new InvalidValueException("area", "a legal-aid centre serves a district or a city, not a " + area.level());
        }
        name = Texts.required("name", "a centre's name", name, 200);
        lawyers = lawyers == null ? List.of() : List.copyOf(lawyers);
        if (lawyers.size() > MAX_LAWYERS) {
            throw new InvalidValueException("lawyers", "at most " + MAX_LAWYERS + " lawyers per centre");
        }
        if (new HashSet<>(lawyers.stream().map(Lawyer::id).toList()).size() != lawyers.size()) {
            throw new InvalidValueException("lawyers", "each lawyer is listed once per centre");
        }
    }

    public Optional<Lawyer> lawyer(String id) {
        return lawyers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The sum of the lawyers' capacities: what the centre can carry at once. */
    public int capacity() {
        return lawyers.stream().mapToInt(Lawyer::capacity).sum();
    }
}
