package org.shizhi.adapters.persistence;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.programme.port.out.ProgrammeStorageContract;
import org.shizhi.domain.shared.AreaCode;

class ProgrammeStorageOnPostgresTest extends ProgrammeStorageContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected Storage storage() {
        db.clean();
        Database database = db.database();
        database.areaRepository().addAll(List.of(new Area(AreaCode.of("440800"), "湛江市"), new Area(AreaCode.of("440802"), "赤坎区"),
                new Area(AreaCode.of("440802006000"), "沙湾街道"), new Area(AreaCode.of("440802006001"), "金沙湾社区"),
                new Area(AreaCode.of("510100"), "成都市"), new Area(AreaCode.of("510104"), "锦江区"),
                new Area(AreaCode.of("510104021000"), "春熙路街道"), new Area(AreaCode.of("510104021001"), "总府路社区")));
        GRIDS.forEach(database.gridRepository()::add);
        return new Storage(database.programmeRuns(), database.visitTasks(), database.digestRecords());
    }
}
