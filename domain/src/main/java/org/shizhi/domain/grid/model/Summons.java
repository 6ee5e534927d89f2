package org.shizhi.domain.grid.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Acting;

/**
 * 镇街吹哨、部门报到 (seed 003): a street summons named departments to an event; each must report by {@code dueAt}.
 * Each department's answer and its lateness is recorded; a department that has not answered is outstanding.
 */
public record Summons(SummonsId id, Acting by, Instant summonedAt, List<DepartmentCode> departments, ReportWithin within,
                      Instant dueAt, List<SummonsAnswer> answers) {

    public static final int MAX_DEPARTMENTS = 20;

    public Summons {
        if (id == null || by == null || summonedAt == null || within == null || dueAt == null) {
            throw new InvalidValueException("summons", "a summons records its id, who summoned, when, and the deadline");
        }
        departments = distinctDepartments(departments);
        answers = List.copyOf(answers);
        if (dueAt.isBefore(summonedAt)) {
            throw new InvalidValueException("summons", "a summons is due after it was made");
        }
        for (SummonsAnswer answer : answers) {
            if (!departments.contains(answer.department())) {
                throw new InvalidValueException("answers", "department " + answer.department() + " answered but was not summoned");
            }
        }
        if (answers.stream().map(SummonsAnswer::department).distinct().count() != answers.size()) {
            throw new InvalidValueException("answers", "a department answers a summons once");
        }
    }

    /** The departments to summon: 1 to {@value #MAX_DEPARTMENTS}, each once. */
    public static List<DepartmentCode> distinctDepartments(List<DepartmentCode> departments) {
        if (departments == null || departments.isEmpty()) {
            throw new InvalidValueException("departments", "name at least one department");
        }
        if (departments.size() > MAX_DEPARTMENTS) {
            throw new InvalidValueException("departments", "at most " + MAX_DEPARTMENTS + " departments at once, got " + departments.size());
        }
        for (DepartmentCode department : departments) {
            if (department == null) {
                throw new InvalidValueException("departments", "a department must not be null");
            }
        }
        if (new HashSet<>(departments).size() != departments.size()) {
            throw new InvalidValueException("departments", "each department is named once, got " + departments);
        }
        return List.copyOf(departments);
    }

    public Optional<SummonsAnswer> answerOf(DepartmentCode department) {
        return answers.stream().filter(a -> a.department().equals(department)).findFirst();
    }

    /** Summoned departments that have not answered yet, in the order they were named. */
    public List<DepartmentCode> outstanding() {
        return departments.stream().filter(d -> answerOf(d).isEmpty()).toList();
    }

    /** This summons with the department's answer given at {@code at}, its lateness measured against {@code dueAt}. */
    Summons answered(DepartmentCode department, AnswerKind kind, Instant at, Acting answeredBy, String note) {
        if (!departments.contains(department)) {
            throw new ConflictException("department", "department " + department + " was not summoned by summons " + id
                    + "; summoned: " + departments);
        }
        answerOf(department).ifPresent(previous -> {
            throw new ConflictException("department", "department " + department + " already reported to summons " + id
                    + " (" + previous.kind() + " at " + previous.at() + ")");
        });
        Duration lateBy = at.isAfter(dueAt) ? Duration.between(dueAt, at) : Duration.ZERO;
        List<SummonsAnswer> more = new ArrayList<>(answers);
        more.add(new SummonsAnswer(department, kind, at, answeredBy, note, lateBy));
        return new Summons(id, by, summonedAt, departments, within, dueAt, more);
    }
}
