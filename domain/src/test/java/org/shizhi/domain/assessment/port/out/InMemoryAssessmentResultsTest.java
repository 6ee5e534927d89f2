package org.shizhi.domain.assessment.port.out;

class InMemoryAssessmentResultsTest extends AssessmentResultsContract {

    @Override
    protected AssessmentResults emptyResults() {
        return new InMemoryAssessmentResults();
    }
}
