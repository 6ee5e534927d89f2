package org.shizhi.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkCalendarContract;

class ClasspathJsonWorkCalendarTest extends WorkCalendarContract {

    @Override
    protected WorkCalendar calendar() {
        return JsonWorkCalendars.fromClasspath();
    }

    @Test
    void theBundledCopyCoversExactly2024To2026() {
        assertThat(calendar().coveredYears())
                .as("when a new State Council notice is added to the bundled file, update this expectation")
                .containsExactlyInAnyOrder(2024, 2025, 2026);
    }
}
