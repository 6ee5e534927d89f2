package org.shizhi.adapters.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseArchiveContract;
import org.shizhi.domain.grid.service.TestClock;

class LuceneCaseArchiveTest extends CaseArchiveContract {

    @TempDir
    Path dir;

    @Override
    protected CaseArchive emptyArchive(TestClock clock) {
        return LuceneCaseArchive.open(dir.resolve("cases"), clock);
    }
}
