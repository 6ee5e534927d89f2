package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.RegisterAreasCommand;
import org.shizhi.domain.grid.port.in.RegisterAreasUseCase;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;

public final class AreaService implements RegisterAreasUseCase, AreaQuery {

    private final AreaRepository areas;

    public AreaService(AreaRepository areas) {
        this.areas = Objects.requireNonNull(areas);
    }

    @Override
    public AreasRegistered register(Actor actor, RegisterAreasCommand command) {
        actor.require(Permission.REGISTER_AREAS);
        List<Area> batch = command.areas();
        Set<AreaCode> inBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!actor.answersFor(batch.get(i).code())) {
                throw new InvalidValueException("areas[" + i + "].code",
                        "area " + batch.get(i).code() + " is outside the caller's jurisdiction " + actor.jurisdiction());
            }
            if (!inBatch.add(batch.get(i).code())) {
                throw new InvalidValueException("areas[" + i + "].code", "area code " + batch.get(i).code() + " appears twice");
            }
        }
        Set<AreaCode> stored = areas.existing(inBatch);
        if (!stored.isEmpty()) {
            throw new ConflictException("areas", "area code " + stored.iterator().next() + " is already registered");
        }
        // A deployment's tree is rooted at its cities: provinces are not kept, every lower level needs its parent.
        Set<AreaCode> missingParents = new HashSet<>();
        for (Area area : batch) {
            if (AdminLevel.CITY.isAbove(area.level())) {
                AreaCode parent = area.parentCode().orElseThrow();
                if (!inBatch.contains(parent)) {
                    missingParents.add(parent);
                }
            }
        }
        Set<AreaCode> foundParents = missingParents.isEmpty() ? Set.of() : areas.existing(missingParents);
        for (int i = 0; i < batch.size(); i++) {
            Area area = batch.get(i);
            if (area.level() == AdminLevel.PROVINCE) {
                throw new InvalidValueException("areas[" + i + "].code", "a province is not an area of a city deployment: start at the city");
            }
            AreaCode parent = area.parentCode().orElseThrow();
            if (AdminLevel.CITY.isAbove(area.level()) && !inBatch.contains(parent) && !foundParents.contains(parent)) {
                throw new InvalidValueException("areas[" + i + "].code", "parent area " + parent + " of " + area.code() + " is not registered");
            }
        }
        areas.addAll(batch);
        return new AreasRegistered(batch.size());
    }

    /** The deployment's cities, for the platform's own per-city work (escalation), not for callers. */
    public List<Area> cities() {
        return areas.cities();
    }

    @Override
    public Area area(Actor actor, AreaCode code) {
        return areas.find(code)
                .filter(area -> actor.maySeeInTree(area.code()))
                .orElseThrow(() -> new NotFoundException("area", code));
    }

    @Override
    public List<Area> children(Actor actor, AreaCode parent) {
        area(actor, parent);
        return areas.children(parent).stream().filter(child -> actor.maySeeInTree(child.code())).toList();
    }
}
