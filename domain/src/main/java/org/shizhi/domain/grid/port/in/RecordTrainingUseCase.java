package org.shizhi.domain.grid.port.in;

import java.time.LocalDate;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Records a grid worker's attendance at a training course: {@link Permission#RECORD_TRAINING}, the grid inside the
 * caller's jurisdiction; the member must hold a grid-worker post (responsible or assisting) on the grid.
 */
public interface RecordTrainingUseCase {

    TrainingAttendance record(Actor actor, RecordTraining command);

    /** The worker on a grid, the course, the day and the hours (more than 0, at most 24, to one decimal place). */
    record RecordTraining(GridCode grid, MemberId worker, String course, LocalDate attendedOn, int tenths) {
        public RecordTraining {
            if (grid == null) {
                throw new InvalidValueException("gridCode", "required");
            }
            if (worker == null) {
                throw new InvalidValueException("memberId", "required");
            }
            course = Texts.required("course", "the course's name", course, TrainingAttendance.MAX_COURSE_LENGTH);
            if (attendedOn == null) {
                throw new InvalidValueException("attendedOn", "the day of the training is required");
            }
            if (tenths < 1 || tenths > TrainingAttendance.MAX_TENTHS) {
                throw new InvalidValueException("hours", "a training lasts more than 0 and at most 24 hours, got " + tenths / 10.0);
            }
        }

        public static RecordTraining of(GridCode grid, MemberId worker, String course, LocalDate attendedOn, double hours) {
            return new RecordTraining(grid, worker, course, attendedOn, TrainingAttendance.tenthsOf(hours));
        }
    }
}
