package org.shizhi.domain.archive.port.out;

class SubstringSavedSearchMonitorTest extends SavedSearchMonitorContract {

    @Override
    protected SavedSearchMonitor emptyMonitor() {
        return new SubstringSavedSearchMonitor();
    }
}
