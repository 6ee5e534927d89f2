package org.shizhi.domain.archive.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Who saw whose personal data (PIPL): a read that shows a reader residents', grid members', reporters' or parties'
 * personal data unmasked is written to the audit log before the answer leaves, one entry per answer naming every
 * record shown. A reader without {@code PERSONAL_DATA} sees it masked, and nothing is written.
 */
public interface RecordDisclosureUseCase {

    /**
     * One answer's disclosure: what was read (e.g. {@code resident}, {@code residents of grid …}), the ids of the records
     * whose personal data it shows, and the purpose the reader stated, if any.
     */
    record Disclosure(String what, List<String> records, Optional<String> purpose) {

        public Disclosure {
            if (what == null || what.isBlank()) {
                throw new InvalidValueException("what", "a disclosure names what was read");
            }
            records = List.copyOf(records);
            purpose = purpose.map(String::strip).filter(p -> !p.isEmpty());
            if (purpose.map(p -> p.length() > AuditEvent.MAX_PURPOSE).orElse(false)) {
                throw new InvalidValueException("purpose", "a purpose is at most " + AuditEvent.MAX_PURPOSE + " characters");
            }
        }
    }

    /**
     * Writes the entry when the reader sees personal data unmasked and the answer shows at least one record; answers
     * whether it wrote one. A failure to write is thrown, so that the read fails rather than disclose unrecorded.
     */
    boolean disclosed(Actor reader, Disclosure disclosure);
}
