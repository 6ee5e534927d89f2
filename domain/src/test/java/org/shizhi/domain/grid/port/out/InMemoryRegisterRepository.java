package org.shizhi.domain.grid.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.NotFoundException;

/** A test double for service tests; held to the same contract as the real adapters. */
public final class InMemoryRegisterRepository implements RegisterRepository {

    private final Map<DwellingId, Dwelling> dwellings = new LinkedHashMap<>();
    private final Map<ResidentId, Resident> residents = new LinkedHashMap<>();
    private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();

    @Override
    public synchronized void addDwelling(Dwelling dwelling) {
        if (dwellings.containsKey(dwelling.id())) {
            throw new ConflictException("dwellingId", "dwelling " + dwelling.id() + " exists");
        }
        dwellings.put(dwelling.id(), dwelling);
    }

    @Override
    public synchronized void updateDwelling(Dwelling dwelling, long expectedVersion) {
        Dwelling stored = dwellings.get(dwelling.id());
        if (stored == null) {
            throw new NotFoundException("dwelling", dwelling.id());
        }
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException("dwelling " + dwelling.id() + " is at version " + stored.version());
        }
        dwellings.put(dwelling.id(), dwelling);
    }

    @Override
    public synchronized Optional<Dwelling> findDwelling(DwellingId id) {
        return Optional.ofNullable(dwellings.get(id));
    }

    @Override
    public synchronized Slice<Dwelling> dwellingsOf(GridCode grid, PageRequest page) {
        return InMemoryPages.page(dwellings.values().stream().filter(d -> d.grid().equals(grid)), page,
                RegisterRepository::addressPosition, InMemoryPages.byTextThenUuid());
    }

    @Override
    public synchronized void addResident(Resident resident) {
        String city = city(resident.grid());
        boolean taken = residents.values().stream()
                .anyMatch(r -> city(r.grid()).equals(city) && r.idNumber().equals(resident.idNumber()));
        if (taken || residents.containsKey(resident.id())) {
            throw new ConflictException("idNumber", "a resident with this ID number is already registered in the city");
        }
        residents.put(resident.id(), resident);
    }

    @Override
    public synchronized Optional<Resident> findResident(ResidentId id) {
        return Optional.ofNullable(residents.get(id));
    }

    @Override
    public synchronized void removeResident(ResidentId id) {
        if (residents.remove(id) == null) {
            throw new NotFoundException("resident", id);
        }
    }

    @Override
    public synchronized Slice<Resident> residentsOf(GridCode grid, PageRequest page) {
        // The order compares the names; the positions handed out carry them only sealed (here: base64, a double's seal).
        Comparator<Position> byName = Comparator.comparing((Position p) -> unseal(p.key())).thenComparing(p -> p.uuidId().toString());
        return InMemoryPages.page(residents.values().stream().filter(r -> r.grid().equals(grid)), page,
                r -> new Position(seal(r.name()), r.id().value().toString()), byName);
    }

    private static String seal(String name) {
        return java.util.Base64.getUrlEncoder().encodeToString(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String unseal(String key) {
        try {
            return new String(java.util.Base64.getUrlDecoder().decode(key), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    @Override
    public synchronized void addOrganisation(Organisation organisation) {
        String city = city(organisation.grid());
        boolean taken = organisations.values().stream()
                .anyMatch(o -> city(o.grid()).equals(city) && o.creditCode().equals(organisation.creditCode()));
        if (taken || organisations.containsKey(organisation.id())) {
            throw new ConflictException("creditCode", "an organisation with this credit code is already registered in the city");
        }
        organisations.put(organisation.id(), organisation);
    }

    @Override
    public synchronized Optional<Organisation> findOrganisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public synchronized Slice<Organisation> organisationsOf(GridCode grid, PageRequest page) {
        return InMemoryPages.page(organisations.values().stream().filter(o -> o.grid().equals(grid)), page,
                RegisterRepository::namePosition, InMemoryPages.byTextThenUuid());
    }

    @Override
    public synchronized RegisterCounts countsWithin(AreaCode area) {
        return countsByGrid(area).values().stream().reduce(RegisterCounts.NONE, RegisterCounts::plus);
    }

    @Override
    public synchronized Map<GridCode, RegisterCounts> countsByGrid(AreaCode area) {
        Map<GridCode, RegisterCounts> counts = new TreeMap<>();
        String prefix = area.prefix();
        dwellings.values().stream().filter(d -> d.grid().value().startsWith(prefix))
                .forEach(d -> counts.merge(d.grid(), new RegisterCounts(1, d.households(), 0, 0), RegisterCounts::plus));
        residents.values().stream().filter(r -> r.grid().value().startsWith(prefix))
                .forEach(r -> counts.merge(r.grid(), new RegisterCounts(0, 0, 1, 0), RegisterCounts::plus));
        organisations.values().stream().filter(o -> o.grid().value().startsWith(prefix))
                .forEach(o -> counts.merge(o.grid(), new RegisterCounts(0, 0, 0, 1), RegisterCounts::plus));
        return counts;
    }

    /** Everything stored, for tests that check that a refusal wrote nothing. */
    public synchronized int size() {
        return dwellings.size() + residents.size() + organisations.size();
    }

    private static String city(GridCode grid) {
        return grid.community().cityCode().prefix();
    }
}
