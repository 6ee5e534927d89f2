package org.shizhi.app.archfixture;

import java.util.List;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;

/** Deliberate violation: domain logic (a port's implementation) in app, as GridClosedEvents once was. */
public class AppClassMappingCases implements PendingCaseRecords {

    @Override
    public String name() {
        return "fixture";
    }

    @Override
    public List<CaseRecord> claim(int limit) {
        return List.of();
    }

    @Override
    public void delivered(List<CaseId> ids) {
    }
}
