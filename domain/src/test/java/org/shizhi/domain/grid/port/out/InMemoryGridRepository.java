package org.shizhi.domain.grid.port.out;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.NotFoundException;

/** A test double for service tests; held to the same contract as the real adapters. */
public final class InMemoryGridRepository implements GridRepository {

    private final TreeMap<String, Grid> byCode = new TreeMap<>();

    @Override
    public synchronized void add(Grid grid) {
        if (byCode.containsKey(grid.code().value())) {
            throw new ConflictException("gridCode", "grid " + grid.code() + " exists");
        }
        byCode.put(grid.code().value(), grid);
    }

    @Override
    public synchronized void update(Grid grid, long expectedVersion) {
        Grid stored = byCode.get(grid.code().value());
        if (stored == null) {
            throw new NotFoundException("grid", grid.code());
        }
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException("grid " + grid.code() + " is at version " + stored.version()
                    + ", not " + expectedVersion);
        }
        byCode.put(grid.code().value(), grid);
    }

    @Override
    public synchronized boolean exists(GridCode code) {
        return find(code).isPresent();
    }

    @Override
    public synchronized Optional<Grid> find(GridCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    @Override
    public synchronized List<Grid> ofCommunity(AreaCode community) {
        return byCode.values().stream().filter(g -> g.community().equals(community)).toList();
    }

    @Override
    public synchronized List<GridCode> gridsOf(org.shizhi.domain.grid.model.MemberId member) {
        return byCode.values().stream().filter(g -> g.members().stream().anyMatch(m -> m.id().equals(member)))
                .map(Grid::code).sorted(java.util.Comparator.comparing(GridCode::value)).toList();
    }

    @Override
    public synchronized Slice<Grid> ofCommunity(AreaCode community, PageRequest page) {
        return InMemoryPages.page(byCode.values().stream().filter(g -> g.community().equals(community)), page,
                GridRepository::codePosition, InMemoryPages.byText());
    }

    @Override
    public synchronized Slice<Grid> withoutResponsibleWorker(AreaCode within, PageRequest page) {
        return InMemoryPages.page(byCode.values().stream()
                        .filter(g -> g.code().value().startsWith(within.prefix()))
                        .filter(Grid::lacksResponsibleWorker),
                page, GridRepository::codePosition, InMemoryPages.byText());
    }

    public synchronized int size() {
        return byCode.size();
    }
}
