package org.shizhi.domain.integration.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.SubscriptionId;

/**
 * The integration outbox: the events committed changes left for integrators. The grid and dispute stores write it in
 * the change's own transaction (see {@code IntegrationEvents}), so an event exists only for a committed change and a
 * committed change always leaves its event. Events stay after their fan-out, so that a replay can send them again.
 * Contract: {@code WebhookStorageContract}.
 */
public interface IntegrationOutbox {

    /** Appends an event whose change is itself (the contract's way in; the stores append within their own writes). */
    void append(IntegrationEvent event);

    /**
     * Up to {@code limit} events not yet fanned out that no one holds at {@code now}, oldest first, now held by the
     * caller until {@code now + lease}: instances fanning out take disjoint events; a dead instance's are taken again.
     */
    List<IntegrationEvent> claim(Instant now, Duration lease, int limit);

    /**
     * In one transaction: a PENDING delivery of the event to each of these subscriptions, due at {@code now}, and the
     * event marked fanned out. Repeating it for an event already fanned out adds nothing.
     */
    void fanOut(IntegrationEvent event, List<SubscriptionId> to, Instant now);
}
