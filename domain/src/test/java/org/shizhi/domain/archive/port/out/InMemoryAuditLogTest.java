package org.shizhi.domain.archive.port.out;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog emptyLog() {
        return new InMemoryAuditLog();
    }
}
