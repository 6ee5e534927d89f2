package org.shizhi.domain.law.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;

/**
 * Legal aid in an area over applications received in [{@code from}, {@code to}], one row per district: decisions on
 * time, the median calendar days from received date to decision, and demand (open granted or assigned cases) against
 * the lawyers' capacity of the district's centres. Computed by the store, never from rows loaded into memory.
 */
public record LegalAidReport(AreaCode area, LocalDate from, LocalDate to, List<Row> rows) {

    public LegalAidReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param openCases demand: granted or assigned applications of the district not yet closed (whenever received)
     * @param capacity  the sum of the capacities of the lawyers of centres in the district
     */
    public record Row(AreaCode district, int received, int decided, int decidedOnTime, Optional<Double> medianDaysToDecision,
                      int openCases, int capacity) {

        public Optional<Double> onTimeRate() {
            return decided == 0 ? Optional.empty() : Optional.of((double) decidedOnTime / decided);
        }

        /** Demand over capacity; above 1 the district's lawyers cannot carry its open cases. */
        public Optional<Double> load() {
            return capacity == 0 ? Optional.empty() : Optional.of((double) openCases / capacity);
        }
    }
}
