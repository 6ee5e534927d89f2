package org.shizhi.domain.grid.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;

/** A test double for service tests; held to the same contract as the real adapters. */
public final class InMemoryAreaRepository implements AreaRepository {

    private final TreeMap<String, Area> byCode = new TreeMap<>();

    @Override
    public synchronized void addAll(Collection<Area> areas) {
        for (Area area : areas) {
            if (byCode.containsKey(area.code().toString())) {
                throw new ConflictException("code", "duplicate " + area.code());
            }
        }
        areas.forEach(area -> byCode.put(area.code().toString(), area));
    }

    @Override
    public synchronized Optional<Area> find(AreaCode code) {
        return Optional.ofNullable(byCode.get(code.toString()));
    }

    @Override
    public synchronized Set<AreaCode> existing(Collection<AreaCode> codes) {
        return codes.stream().filter(c -> byCode.containsKey(c.toString())).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<Area> children(AreaCode parent) {
        return byCode.values().stream()
                .filter(a -> a.parentCode().filter(parent::equals).isPresent())
                .toList();
    }

    @Override
    public synchronized List<Area> cities() {
        return byCode.values().stream().filter(a -> a.level() == org.shizhi.domain.shared.AdminLevel.CITY).toList();
    }

    @Override
    public synchronized long count() {
        return byCode.size();
    }
}
