package org.shizhi.adapters.calendar;

/**
 * Holiday data that cannot be used: unreadable, not JSON, or breaking the format or a calendar rule.
 * The message starts with the file and says what is wrong where. An operator's mistake at start-up, not
 * a client's: it is deliberately not a domain exception.
 */
public final class HolidayDataException extends RuntimeException {

    HolidayDataException(String message) {
        super(message);
    }

    HolidayDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
