package org.shizhi.domain.spi;

import org.shizhi.domain.programme.model.Schedule;

/**
 * Extension point (SPI 1.3): scheduled work the platform runs for each city that enables the plugin (a weekly night
 * visit, a weekly digest). The platform runs each due time once across all its instances, records the run and its
 * summary, and lists runs at {@code GET /api/v1/programmes/runs}. If the platform was down at a due time it runs that
 * time late (within six hours); older missed times are not run. Must be thread-safe.
 */
public interface RecurringProgramme {

    /** Unique among the city's programmes, lower-case words joined by '-' or '.', e.g. {@code zhanjiang.night-visit}. */
    String id();

    String name();

    /** When it runs, in the city's time zone. */
    Schedule schedule();

    /**
     * Does the work for one due time, through the context's ports only, and answers what it did in a sentence for the
     * run's record. Must be safe to repeat for the same due time (the ports make planning and recording idempotent); an
     * exception marks the run FAILED with its message.
     */
    String run(ProgrammeContext context);
}
