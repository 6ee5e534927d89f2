package org.shizhi.domain.party.port.out;

import java.util.Map;
import org.shizhi.domain.grid.model.GridCode;

class InMemoryPartyStorageTest extends PartyStorageContract {

    @Override
    protected Storage storage(Map<GridCode, String> grids) {
        InMemoryPartyStorage storage = new InMemoryPartyStorage(grids);
        return new Storage(storage, storage, storage, storage, storage);
    }
}
