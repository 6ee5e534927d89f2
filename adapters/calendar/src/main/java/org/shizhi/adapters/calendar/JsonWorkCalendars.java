package org.shizhi.adapters.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The {@link WorkCalendar} from the State Council's holiday arrangements in JSON: the copy bundled with
 * this module, or an operator's file, so that next year's notice can be loaded by configuration without
 * a rebuild. The data is read once and checked whole; a bad file fails at once, naming itself and the
 * problem, rather than answering wrongly for the dates it got wrong.
 */
public final class JsonWorkCalendars {

    static final String BUNDLED_RESOURCE = "cn-holidays.json";
    static final String BUNDLED_NAME = "classpath:org/shizhi/adapters/calendar/" + BUNDLED_RESOURCE;

    /** Read on first use and shared (the calendar is immutable); two racing first calls just read it twice. */
    private static volatile WorkCalendar bundled;

    private JsonWorkCalendars() {
    }

    /** What the calendar answers for the year after the last notice it holds. */
    public enum BeyondNotice {
        /** Nothing: a deadline reaching that year is refused until its notice is loaded. */
        REFUSE,
        /**
         * The year's statutory holidays, as a provisional year (see {@link WorkCalendar#provisionalYears()}): a city
         * keeps working through the weeks between the turn of the year coming into reach and its notice arriving.
         */
        STATUTORY
    }

    /** The bundled calendar, extended by {@code beyond}. */
    public static WorkCalendar fromClasspath(BeyondNotice beyond) {
        return extended(fromClasspath(), beyond);
    }

    /** An operator's calendar file, extended by {@code beyond}. */
    public static WorkCalendar fromFile(Path file, BeyondNotice beyond) {
        return extended(fromFile(file), beyond);
    }

    private static WorkCalendar extended(WorkCalendar official, BeyondNotice beyond) {
        int next = official.coveredYears().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
        if (beyond == BeyondNotice.REFUSE || !StatutoryHolidays.knows(next)) {
            return official; // a year whose festivals the table lacks is refused, as without the option
        }
        return ((HolidayCalendar) official).withProvisional(StatutoryHolidays.of(next));
    }

    /**
     * The calendar bundled with this release (2024–2026 at the time of writing).
     *
     * @throws HolidayDataException if the bundled copy is missing or broken, which is a packaging defect
     */
    public static WorkCalendar fromClasspath() {
        WorkCalendar calendar = bundled;
        if (calendar == null) {
            try (InputStream in = JsonWorkCalendars.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new HolidayDataException(BUNDLED_NAME + ": missing from the class path");
                }
                calendar = new HolidayCalendar(HolidayJsonReader.read(in, BUNDLED_NAME));
            } catch (IOException e) {
                throw new HolidayDataException(BUNDLED_NAME + ": cannot be read (" + e + ")", e);
            }
            bundled = calendar;
        }
        return calendar;
    }

    /**
     * The calendar in an operator's file, in the bundled file's format. Read on every call: the file is
     * the operator's to change.
     *
     * @throws HolidayDataException if the file cannot be read or breaks the format
     */
    public static WorkCalendar fromFile(Path file) {
        String source = file.toAbsolutePath().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new HolidayCalendar(HolidayJsonReader.read(in, source));
        } catch (IOException e) {
            throw new HolidayDataException(source + ": cannot be read (" + e + ")", e);
        }
    }
}
