package org.shizhi.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkCalendarContract;

/** The operator's route: the same contract from a copy of the file on disk, and every way a file can be wrong. */
class FileJsonWorkCalendarTest extends WorkCalendarContract {

    @TempDir
    Path folder;

    private Path copy;

    @BeforeEach
    void copyTheBundledFile() throws IOException {
        copy = folder.resolve("cn-holidays.json");
        Files.writeString(copy, bundledText(), StandardCharsets.UTF_8);
    }

    @Override
    protected WorkCalendar calendar() {
        return JsonWorkCalendars.fromFile(copy);
    }

    @Test
    void anAddedYearIsPickedUpWithoutARebuild() throws IOException {
        String with2027 = bundledText().replaceFirst("\"years\": \\{",
                "\"years\": {\n  \"2027\": { \"holidays\": { \"元旦\": [\"2027-01-01\"] }, \"makeUpWorkdays\": [] },");
        Files.writeString(copy, with2027, StandardCharsets.UTF_8);

        WorkCalendar calendar = JsonWorkCalendars.fromFile(copy);
        assertThat(calendar.coveredYears()).contains(2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("New Year's Day 2027, from the operator's file").isFalse();
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingTheFileAndThePlace() throws IOException {
        Files.writeString(copy, "{ \"years\": { \"2025\": { \"holidays\": {\n ,", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonWorkCalendars.fromFile(copy))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageStartingWith(copy.toAbsolutePath().toString())
                .hasMessageContaining("not valid JSON at line 2");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        write("");
        assertRefused("is empty");
    }

    @Test
    void aMissingFileIsRefusedNamingTheFile() {
        Path missing = folder.resolve("nowhere.json");
        assertThatThrownBy(() -> JsonWorkCalendars.fromFile(missing))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNamingWhereItIs() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": { \"春节\": [\"2025-01-28\", \"2025-02-30\"] }, \"makeUpWorkdays\": [] } } }");
        assertRefused("years.2025.holidays.春节[1]: '2025-02-30' is not a calendar date");
    }

    @Test
    void aDateInAnotherYearsListIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": { \"国庆节\": [\"2024-10-01\"] }, \"makeUpWorkdays\": [] } } }");
        assertRefused("years.2025.holidays.国庆节[0]: 2024-10-01 is not in 2025");
    }

    @Test
    void aDayThatIsBothHolidayAndMakeUpWorkdayIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": { \"国庆节\": [\"2025-10-04\"] }, \"makeUpWorkdays\": [\"2025-10-04\"] } } }");
        assertRefused("years.2025.makeUpWorkdays: 2025-10-04 is also a holiday (国庆节)");
    }

    @Test
    void aDayListedUnderTwoHolidaysIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": { \"国庆节\": [\"2025-10-06\"], \"中秋节\": [\"2025-10-06\"] },"
                + " \"makeUpWorkdays\": [] } } }");
        assertRefused("years.2025.holidays.中秋节: 2025-10-06 is already listed under 国庆节");
    }

    @Test
    void aWeekdayMakeUpWorkdayIsRefusedAsATypo() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": {}, \"makeUpWorkdays\": [\"2025-10-13\"] } } }");
        assertRefused("years.2025: make-up workday 2025-10-13 must be a Saturday or Sunday");
    }

    @Test
    void aYearGivenTwiceIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": {}, \"makeUpWorkdays\": [] },"
                + " \"2025\": { \"holidays\": {}, \"makeUpWorkdays\": [] } } }");
        assertRefused("Duplicate field '2025'");
    }

    @Test
    void aMisspelledKeyIsRefusedRatherThanIgnored() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": {}, \"makeupWorkdays\": [] } } }");
        assertRefused("years.2025: unknown key 'makeupWorkdays' (allowed: holidays, makeUpWorkdays, notice)");
    }

    @Test
    void aYearWithoutItsMakeUpListIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": {} } } }");
        assertRefused("years.2025.makeUpWorkdays: is missing");
    }

    @Test
    void aKeyThatIsNotAYearIsRefused() throws IOException {
        write("{ \"years\": { \"25\": { \"holidays\": {}, \"makeUpWorkdays\": [] } } }");
        assertRefused("years.25: the key must be a four-digit year");
    }

    @Test
    void aFileWithoutYearsIsRefused() throws IOException {
        write("{ \"description\": \"nothing yet\", \"years\": {} }");
        assertRefused("years: holds no year");
    }

    @Test
    void aDateWrittenAsANumberIsRefused() throws IOException {
        write("{ \"years\": { \"2025\": { \"holidays\": { \"元旦\": [20250101] }, \"makeUpWorkdays\": [] } } }");
        assertRefused("years.2025.holidays.元旦[0]: must be a date as text (yyyy-MM-dd), found number");
    }

    private void write(String json) throws IOException {
        Files.writeString(copy, json, StandardCharsets.UTF_8);
    }

    private void assertRefused(String problem) {
        assertThatThrownBy(() -> JsonWorkCalendars.fromFile(copy))
                .as("loading a file whose problem is: %s", problem)
                .isInstanceOf(HolidayDataException.class)
                .hasMessageStartingWith(copy.toAbsolutePath() + ": ")
                .hasMessageContaining(problem);
    }

    private static String bundledText() {
        try (InputStream in = JsonWorkCalendars.class.getResourceAsStream(JsonWorkCalendars.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
