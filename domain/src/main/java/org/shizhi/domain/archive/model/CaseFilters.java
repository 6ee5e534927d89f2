package org.shizhi.domain.archive.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Which cases a search may return. Empty sets and absent bounds do not filter; several case types or sources are
 * alternatives; several tags must all be present. Date bounds are inclusive.
 *
 * @param areaWithin the jurisdiction: cases whose area lies inside this area (code prefix)
 */
public record CaseFilters(Optional<AreaCode> city, Optional<AreaCode> areaWithin, Set<String> caseTypes,
                          Set<CaseSource> sources, Optional<LocalDate> occurredFrom, Optional<LocalDate> occurredTo,
                          Optional<LocalDate> closedFrom, Optional<LocalDate> closedTo, Set<String> tags) {

    public CaseFilters {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(areaWithin, "areaWithin");
        caseTypes = Set.copyOf(caseTypes);
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(sources);
        tags = Set.copyOf(tags);
        Objects.requireNonNull(occurredFrom, "occurredFrom");
        Objects.requireNonNull(occurredTo, "occurredTo");
        Objects.requireNonNull(closedFrom, "closedFrom");
        Objects.requireNonNull(closedTo, "closedTo");
        if (occurredFrom.isPresent() && occurredTo.isPresent() && occurredTo.get().isBefore(occurredFrom.get())) {
            throw new InvalidValueException("occurredTo", "occurredTo is before occurredFrom");
        }
        if (closedFrom.isPresent() && closedTo.isPresent() && closedTo.get().isBefore(closedFrom.get())) {
            throw new InvalidValueException("closedTo", "closedTo is before closedFrom");
        }
    }

    public static CaseFilters none() {
        return new CaseFilters(Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of());
    }

    public CaseFilters withCity(AreaCode code) {
        return new CaseFilters(Optional.of(code), areaWithin, caseTypes, sources, occurredFrom, occurredTo, closedFrom, closedTo, tags);
    }

    public CaseFilters withAreaWithin(AreaCode area) {
        return new CaseFilters(city, Optional.of(area), caseTypes, sources, occurredFrom, occurredTo, closedFrom, closedTo, tags);
    }

    public CaseFilters withCaseTypes(Set<String> types) {
        return new CaseFilters(city, areaWithin, types, sources, occurredFrom, occurredTo, closedFrom, closedTo, tags);
    }

    public CaseFilters withSources(Set<CaseSource> kinds) {
        return new CaseFilters(city, areaWithin, caseTypes, kinds, occurredFrom, occurredTo, closedFrom, closedTo, tags);
    }

    public CaseFilters withOccurred(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new CaseFilters(city, areaWithin, caseTypes, sources, from, to, closedFrom, closedTo, tags);
    }

    public CaseFilters withClosed(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new CaseFilters(city, areaWithin, caseTypes, sources, occurredFrom, occurredTo, from, to, tags);
    }

    public CaseFilters withTags(Set<String> all) {
        return new CaseFilters(city, areaWithin, caseTypes, sources, occurredFrom, occurredTo, closedFrom, closedTo, all);
    }

    /** Whether a record passes: the definition every backend's filter must agree with. */
    public boolean admits(CaseRecord r) {
        return city.map(c -> c.equals(r.city())).orElse(true)
                && areaWithin.map(a -> a.contains(r.area())).orElse(true)
                && (caseTypes.isEmpty() || caseTypes.contains(r.caseType()))
                && (sources.isEmpty() || sources.contains(r.source()))
                && occurredFrom.map(d -> !r.occurredOn().isBefore(d)).orElse(true)
                && occurredTo.map(d -> !r.occurredOn().isAfter(d)).orElse(true)
                && closedFrom.map(d -> !r.closedOn().isBefore(d)).orElse(true)
                && closedTo.map(d -> !r.closedOn().isAfter(d)).orElse(true)
                && r.tags().containsAll(tags);
    }
}
