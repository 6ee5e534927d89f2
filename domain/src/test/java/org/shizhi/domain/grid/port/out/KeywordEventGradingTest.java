package org.shizhi.domain.grid.port.out;

class KeywordEventGradingTest extends EventGradingContract {

    @Override
    protected EventGrading grading() {
        return new KeywordEventGrading();
    }
}
