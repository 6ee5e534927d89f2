package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.domain.law.port.out.RegulationRepository;
import org.shizhi.domain.law.port.out.RegulationRepositoryContract;

class RegulationRepositoryOnPostgresTest extends RegulationRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected RegulationRepository emptyRepository() {
        db.clean();
        return db.database().regulationRepository(new CaseAnalysis()::bigrams);
    }
}
