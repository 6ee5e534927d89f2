package org.shizhi.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase.Disclosure;

/**
 * Reads that may show personal data call this with the records their answer holds, before the answer is built: the
 * domain writes the audit entry when the caller sees them unmasked, and a failure to write fails the read.
 */
@ApplicationScoped
public class Disclosures {

    public static final String PURPOSE_HEADER = "Access-Purpose";

    private final RecordDisclosureUseCase audit;
    private final Caller caller;

    @Inject
    public Disclosures(RecordDisclosureUseCase audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /** {@code what} was read, showing the personal data of {@code records}, for the stated {@code purpose} (may be null). */
    void shown(String what, List<String> records, String purpose) {
        Fields.renaming(Map.of("purpose", PURPOSE_HEADER), () -> audit.disclosed(caller.actor(),
                new Disclosure(what, records, Optional.ofNullable(purpose))));
    }
}
