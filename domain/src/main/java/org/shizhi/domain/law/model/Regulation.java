package org.shizhi.domain.law.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A local regulation (地方性法规) or government rule of a city: title, document number, adopting body, adopted and
 * effective dates, its status with the amending or repealing act and that act's date, and the full text.
 */
public record Regulation(RegulationId id, long version, AreaCode city, String title, String documentNumber,
                         String adoptingBody, LocalDate adoptedOn, LocalDate effectiveOn, RegulationStatus status,
                         Optional<String> changingAct, Optional<LocalDate> changedOn, String text) {

    public static final int MAX_TEXT_LENGTH = 200_000;

    public record Draft(AreaCode city, String title, String documentNumber, String adoptingBody, LocalDate adoptedOn,
                        LocalDate effectiveOn, String text) {
        public Draft {
            if (city == null || city.level() != AdminLevel.CITY) {
                throw new InvalidValueException("city", "a local regulation belongs to a city (a 6-digit code ending 00)");
            }
            title = Texts.required("title", "the title", title, 200);
            documentNumber = Texts.required("documentNumber", "the document number", documentNumber, 100);
            adoptingBody = Texts.required("adoptingBody", "the adopting body", adoptingBody, 200);
            if (adoptedOn == null || effectiveOn == null) {
                throw new InvalidValueException(adoptedOn == null ? "adoptedOn" : "effectiveOn", "the adopted and effective dates are required");
            }
            if (effectiveOn.isBefore(adoptedOn)) {
                throw new InvalidValueException("effectiveOn", "a regulation takes effect on or after its adoption ("
                        + adoptedOn + "), not on " + effectiveOn);
            }
            text = Texts.required("text", "the full text", text, MAX_TEXT_LENGTH);
        }
    }

    public Regulation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    public static Regulation register(RegulationId id, Draft d) {
        return new Regulation(id, 1, d.city(), d.title(), d.documentNumber(), d.adoptingBody(), d.adoptedOn(),
                d.effectiveOn(), RegulationStatus.IN_FORCE, Optional.empty(), Optional.empty(), d.text());
    }

    /** Amended by the named act from {@code on}; stays in force as amended. The text becomes the amended one. */
    public Regulation amend(String act, LocalDate on, String amendedText) {
        return change(RegulationStatus.AMENDED, act, on, Texts.required("text", "the amended text", amendedText, MAX_TEXT_LENGTH));
    }

    /** Repealed by the named act; not in force from {@code on}. */
    public Regulation repeal(String act, LocalDate on) {
        return change(RegulationStatus.REPEALED, act, on, text);
    }

    private Regulation change(RegulationStatus to, String act, LocalDate on, String newText) {
        String by = Texts.required("act", "the amending or repealing act", act, 200);
        if (on == null) {
            throw new InvalidValueException("on", "the act's date is required");
        }
        if (status == RegulationStatus.REPEALED) {
            throw new ConflictException("status", "regulation " + documentNumber + " was repealed by " + changingAct.orElse("?"));
        }
        if (on.isBefore(effectiveOn)) {
            throw new InvalidValueException("on", "the act's date " + on + " lies before the regulation took effect (" + effectiveOn + ")");
        }
        return new Regulation(id, version + 1, city, title, documentNumber, adoptingBody, adoptedOn, effectiveOn, to,
                Optional.of(by), Optional.of(on), newText);
    }

    /** In force on a date: effective by then and not repealed on or before it (amended counts as in force). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveOn)
                && !(status == RegulationStatus.REPEALED && !changedOn.orElseThrow().isAfter(date));
    }
}
