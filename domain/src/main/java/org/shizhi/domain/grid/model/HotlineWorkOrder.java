package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.WorkingTime;

/**
 * A work order (工单) the city's 12345 hotline pushes to the platform: the hotline's own order id, how the caller
 * reached it, the caller, where (the grid; the hotline's point, if it has one), what (category and text) and the
 * hotline's deadline for it (办结时限).
 *
 * <p>Where: the grid code, not a point. The platform stores grids' boundaries but has no point-in-grid lookup, so the
 * hotline names the grid (its dispatch tables map addresses to grids); the point, when sent, is kept as the event's
 * location.
 *
 * <p>It becomes a grid event on the {@link EventChannel#HOTLINE_12345} channel ({@link #intake()}), under an id that
 * the city and the order id alone determine ({@link #eventId}): the same order pushed again finds the event made the
 * first time. The hotline's order id, channel and deadline head the event's text, where the people handling it read
 * them: the event's own deadline is the platform's (grade and category, in working days), which the hotline's may
 * be earlier or later than.
 */
public record HotlineWorkOrder(String orderId, HotlineChannel channel, Reporter caller, GridCode grid,
                               Optional<Position> location, String text, EventCategory category, Instant deadline) {

    /** Order ids as hotline platforms issue them: letters, digits, '-' and '_', up to 64. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** Room left in {@link EventIntake#MAX_TEXT_LENGTH} for the heading line. */
    public static final int MAX_TEXT_LENGTH = EventIntake.MAX_TEXT_LENGTH - 200;
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingTime.ZONE);

    public HotlineWorkOrder {
        if (orderId == null || orderId.isBlank()) {
            throw new InvalidValueException("orderId", "the hotline's order id is required");
        }
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new InvalidValueException("orderId", "an order id is 1 to 64 letters, digits, '-' or '_', starting with a letter or digit");
        }
        if (channel == null) {
            throw new InvalidValueException("channel", "how the caller reached the hotline is required (" + List.of(HotlineChannel.values()) + ")");
        }
        if (caller == null) {
            throw new InvalidValueException("caller", "the caller is required (a name, \"匿名\" for an anonymous caller)");
        }
        if (grid == null) {
            throw new InvalidValueException("gridCode", "the grid the order is for is required");
        }
        location = location == null ? Optional.empty() : location;
        text = Texts.required("text", "the order's text", text, MAX_TEXT_LENGTH);
        if (category == null) {
            throw new InvalidValueException("category", "the order's category is required");
        }
        if (deadline == null) {
            throw new InvalidValueException("deadline", "the hotline's deadline (办结时限) is required");
        }
    }

    /**
     * The grid event's id for this order in {@code city}: the same city and order id give the same id, whatever else
     * the order says, so a repeated push cannot make a second event (a changed one is refused as a conflict).
     */
    public GridEventId eventId(AreaCode city) {
        return GridEventId.ofReference("12345:" + city.value() + ":" + orderId);
    }

    /** What the grid event records: the text headed by the hotline's order id, channel and deadline (China time). */
    public EventIntake intake() {
        String heading = "【12345工单 " + orderId + "｜" + channel.label() + "｜热线办结时限 " + CHINA_TIME.format(deadline) + "】";
        return new EventIntake(grid, category, heading + "\n" + text, EventChannel.HOTLINE_12345, caller, location, List.of());
    }

}
