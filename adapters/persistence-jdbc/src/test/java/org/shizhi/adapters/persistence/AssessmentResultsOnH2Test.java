package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.assessment.port.out.AssessmentResults;
import org.shizhi.domain.assessment.port.out.AssessmentResultsContract;

class AssessmentResultsOnH2Test extends AssessmentResultsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected AssessmentResults emptyResults() {
        db.clean();
        return db.database().assessmentResults();
    }
}
