package org.shizhi.adapters.search.elasticsearch;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseArchiveContract;
import org.shizhi.domain.grid.service.TestClock;

/** The archive contract on the real server, each test under an alias of its own. */
class ElasticsearchCaseArchiveTest extends CaseArchiveContract {

    @RegisterExtension
    static final ElasticsearchServer server = new ElasticsearchServer();

    private ElasticsearchCaseArchive archive;

    @Override
    protected CaseArchive emptyArchive(TestClock clock) {
        archive = ElasticsearchCaseArchive.open(server.client(), "cases-" + UUID.randomUUID(), clock);
        return archive;
    }

    @AfterEach
    void dropTheIndex() {
        if (archive != null) {
            archive.drop();
        }
    }
}
