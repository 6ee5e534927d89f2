package org.shizhi.app;

import java.time.Instant;
import java.util.Optional;
import org.shizhi.adapters.persistence.JdbcIdempotencyRecords;
import org.shizhi.adapters.rest.http.IdempotencyRecords;

/**
 * Joins the REST adapter's idempotency port to the database's store. It lives here because adapters do not know each
 * other: the REST adapter owns the port, persistence offers a class of the same shape in its own plain types.
 */
final class IdempotencyRecordsInDatabase implements IdempotencyRecords {

    private final JdbcIdempotencyRecords store;

    IdempotencyRecordsInDatabase(JdbcIdempotencyRecords store) {
        this.store = store;
    }

    @Override
    public Optional<Known> claim(Owner owner, String key, String requestHash, Instant now) {
        return store.claim(owner(owner), key, requestHash, now).map(stored -> stored.status().isEmpty()
                ? new Known.InProgress(stored.requestHash())
                : new Known.Answered(stored.requestHash(),
                        new Answer(stored.status().getAsInt(), stored.location(), stored.etag(), stored.body())));
    }

    @Override
    public void answer(Owner owner, String key, Answer answer) {
        store.answer(owner(owner), key, answer.status(), answer.location(), answer.etag(), answer.body());
    }

    @Override
    public void release(Owner owner, String key) {
        store.release(owner(owner), key);
    }

    private static JdbcIdempotencyRecords.Owner owner(Owner owner) {
        return new JdbcIdempotencyRecords.Owner(owner.city(), owner.subject());
    }
}
