package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.integration.port.out.WebhookStorageContract;

/** The integration context's storage contract: subscriptions, outbox and deliveries in the same tables. */
class WebhookStorageOnH2Test extends WebhookStorageContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected Storage emptyStorage() {
        db.clean();
        return new Storage(db.database().webhookSubscriptions(), db.database().integrationOutbox(), db.database().webhookDeliveries());
    }
}
