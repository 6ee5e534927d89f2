package org.shizhi.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase.Disclosure;
import org.shizhi.domain.shared.InvalidValueException;

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
    public void shown(String what, List<String> records, String purpose) {
        Optional<String> stated = Optional.ofNullable(purpose).map(Disclosures::decoded);
        Fields.renaming(Map.of("purpose", PURPOSE_HEADER), () -> audit.disclosed(caller.actor(), new Disclosure(what, records, stated)));
    }

    /**
     * A header carries octets: the contract asks for text that is not ASCII percent-encoded as UTF-8. Raw bytes that
     * reach us as ISO-8859-1 characters are read as the UTF-8 they were; bytes the server could not decode (U+FFFD)
     * are refused rather than audited garbled.
     */
    static String decoded(String header) {
        String text = header;
        if (text.indexOf('\uFFFD') >= 0) {
            throw invalid();
        }
        if (text.chars().anyMatch(c -> c >= 0x80) && text.chars().allMatch(c -> c <= 0xFF)) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (CharacterCodingException e) {
                throw invalid();
            }
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException(PURPOSE_HEADER, "the purpose is text in UTF-8, percent-encoded where it is not ASCII");
    }
}
