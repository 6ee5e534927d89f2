package org.shizhi.adapters.persistence;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.party.port.out.PartyStorageContract;

/** The party context's contract; the grids coverage counts go into the grid context's tables of the same database. */
class PartyStorageOnPostgresTest extends PartyStorageContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected Storage storage(Map<GridCode, String> grids) {
        db.clean();
        grids.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(g -> db.database().gridRepository().add(Grid.create(g.getKey(),
                g.getKey().isBuilding() ? GridTier.BUILDING : GridTier.GENERAL, g.getValue(), g.getKey().enclosingGrid(), Optional.empty())));
        Database.PartyStorage party = db.database().partyStorage();
        return new Storage(party.organisations(), party.members(), party.alliances(), party.councils(), party.reporting());
    }
}
