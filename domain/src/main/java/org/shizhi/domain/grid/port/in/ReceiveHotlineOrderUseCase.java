package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.HotlineWorkOrder;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;

/**
 * A work order pushed by the city's 12345 hotline platform becomes a grid event on the {@code HOTLINE_12345} channel,
 * in the grid the order names. Permission: {@link Permission#RECEIVE_HOTLINE_ORDER} (the hotline's system, an
 * {@code INTEGRATOR}); the grid must lie in the caller's jurisdiction (else 404, as for an unknown grid).
 *
 * <p>Idempotent by the hotline's order id within the caller's city: the same order pushed again answers the event
 * made the first time ({@link HotlineOrderReceived#repeated()}), and the same order id with other content is refused
 * as a conflict, nothing written. Status changes go back to the hotline through the platform's webhooks, not from
 * here: the event's changes (timeline) are the hook, the event id ({@link HotlineWorkOrder#eventId}) the key.
 */
public interface ReceiveHotlineOrderUseCase {

    HotlineOrderReceived receive(Actor actor, ReceiveHotlineOrderCommand command);

    record ReceiveHotlineOrderCommand(HotlineWorkOrder order) {
        public ReceiveHotlineOrderCommand {
            if (order == null) {
                throw new InvalidValueException("order", "the work order is required");
            }
        }
    }

    /**
     * The event the order became, its report as the timeline's first entry, and whether it had been received before
     * (the event then is the one made the first time, as it stands now).
     */
    record HotlineOrderReceived(String orderId, GridEventView event, GridEventChange.Reported change, boolean repeated) {
    }
}
