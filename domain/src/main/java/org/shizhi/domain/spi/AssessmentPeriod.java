package org.shizhi.domain.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The period an indicator is evaluated over: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a half-year
 * ({@code 2026-H2}), from its first day to the day after its last, in China.
 */
public record AssessmentPeriod(Cadence cadence, LocalDate from, LocalDate until) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4])|H([12]))");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public AssessmentPeriod {
        if (cadence == null || from == null || until == null || !until.isAfter(from)) {
            throw new InvalidValueException("period", "a period has a cadence and ends after it starts");
        }
    }

    public static AssessmentPeriod parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValueException("period", "a period is a month (2026-11), a quarter (2026-Q4) or a half-year (2026-H2), not '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidValueException("period", "a month is 01 to 12, not " + m.group(2));
            }
            return containing(Cadence.MONTHLY, LocalDate.of(year, month, 1));
        }
        if (m.group(3) != null) {
            return containing(Cadence.QUARTERLY, LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1, 1));
        }
        return containing(Cadence.HALF_YEARLY, LocalDate.of(year, Integer.parseInt(m.group(4)) == 1 ? 1 : 7, 1));
    }

    /** The period of {@code cadence} that contains {@code day}. */
    public static AssessmentPeriod containing(Cadence cadence, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        int firstMonth = switch (cadence) {
            case MONTHLY -> month.getMonthValue();
            case QUARTERLY -> (month.getMonthValue() - 1) / 3 * 3 + 1;
            case HALF_YEARLY -> month.getMonthValue() <= 6 ? 1 : 7;
        };
        LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
        return new AssessmentPeriod(cadence, from, from.plusMonths(cadence.months()));
    }

    public Instant start() {
        return from.atStartOfDay(CHINA).toInstant();
    }

    public Instant end() {
        return until.atStartOfDay(CHINA).toInstant();
    }

    @Override
    public String toString() {
        return switch (cadence) {
            case MONTHLY -> YearMonth.from(from).toString();
            case QUARTERLY -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY -> from.getYear() + "-H" + (from.getMonthValue() == 1 ? 1 : 2);
        };
    }

    /** How often an assessment item comes round. */
    public enum Cadence {
        MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

        private final int months;

        Cadence(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }
}
