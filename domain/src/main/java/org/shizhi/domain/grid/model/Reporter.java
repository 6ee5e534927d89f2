package org.shizhi.domain.grid.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.PublishedModel;

/**
 * Who reported an event: a name and, for a resident or a hotline caller, a mobile to call back for the verdict.
 * Personal data: masked on reading unless the reader holds the personal-data privilege; never in the archive record.
 */
@PublishedModel
public record Reporter(String name, Optional<PhoneNumber> phone) {

    public static final int MAX_NAME_LENGTH = 50;

    public Reporter {
        name = Texts.required("reporter.name", "the reporter's name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(phone, "phone");
    }
}
