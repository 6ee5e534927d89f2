package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.persistence.GridEventMonthTally.Changes;
import org.shizhi.adapters.persistence.GridEventMonthTally.Key;
import org.shizhi.adapters.persistence.GridEventMonthTally.Measure;

/**
 * Two transactions adding to the same row of the month tally, the first of them creating it: neither count is lost and
 * neither transaction fails (on H2 the second waits for the first's insert, is refused the duplicate, and adds to it).
 */
abstract class GridEventMonthTallyTests {

    private static final Key ROW = new Key("510104022001", Measure.DUE, 202511, 0);

    abstract TestDatabase db();

    @BeforeEach
    void empty() {
        db().clean();
    }

    @Test
    void twoTransactionsCreatingTheSameRowAtOnceBothCount() throws Exception {
        GridEventMonthTally tally = new GridEventMonthTally(db().isPostgres());
        try (Connection first = db().database().dataSource().getConnection();
             Connection second = db().database().dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            Changes one = new Changes();
            one.add(ROW, 1, 0);
            tally.apply(first, one);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    Changes two = new Changes();
                    two.add(ROW, 2, 1);
                    tally.apply(second, two);
                    second.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300); // the second transaction now waits on the row the first inserted
            assertThat(waiting).as("the second change waits for the first's row").isNotDone();
            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
        }
        assertThat(db().rows("SELECT events, hits FROM grid_event_month_tally"))
                .as("one row with both transactions' counts").hasSize(1)
                .first().satisfies(row -> assertThat(List.of(((Number) row.get("events")).longValue(), ((Number) row.get("hits")).longValue()))
                        .isEqualTo(List.of(3L, 1L)));
    }

    @Test
    void changesThatCancelOutWriteNothing() throws Exception {
        Changes none = new Changes();
        none.add(ROW, 1, 1);
        none.add(ROW, -1, -1);
        try (Connection c = db().database().dataSource().getConnection()) {
            new GridEventMonthTally(db().isPostgres()).apply(c, none);
        }
        assertThat(db().rows("SELECT * FROM grid_event_month_tally")).as("rows written for a change that moves nothing")
                .isEqualTo(List.<Map<String, Object>>of());
    }
}
