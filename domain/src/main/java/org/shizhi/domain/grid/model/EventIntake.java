package org.shizhi.domain.grid.model;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What is said about an event when it is reported: where (grid, optional point), what (category, text), how it
 * came in (channel), who reported it, and the metadata of attached files.
 */
@PublishedModel
public record EventIntake(GridCode grid, EventCategory category, String text, EventChannel channel, Reporter reporter,
                          Optional<Position> location, List<Attachment> attachments) {

    /** An event's text may be long (a transcript of a hotline call), but not a document: 10,000 characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int MAX_ATTACHMENTS = 20;

    public EventIntake {
        if (grid == null) {
            throw new InvalidValueException("grid", "an event is reported on a grid");
        }
        if (category == null) {
            throw new InvalidValueException("category", "an event's category is required");
        }
        text = Texts.required("text", "an event's text", text, MAX_TEXT_LENGTH);
        if (channel == null) {
            throw new InvalidValueException("channel", "an event's channel is required (GRID_WORKER, RESIDENT or HOTLINE_12345)");
        }
        if (reporter == null) {
            throw new InvalidValueException("reporter", "an event's reporter is required");
        }
        location = location == null ? Optional.empty() : location;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new InvalidValueException("attachments", "at most " + MAX_ATTACHMENTS + " attachments, got " + attachments.size());
        }
    }
}
