package org.shizhi.domain.archive.port.in;

import java.util.Optional;
import org.shizhi.domain.archive.model.Party;

/**
 * A party as the reader may see it: a person's name, and anyone's ID number and mobile, masked unless they hold
 * {@code PERSONAL_DATA}; an organisation's name as it is.
 */
public record PartyView(String name, String role, Optional<String> idNumber, Optional<String> phone, Party.Kind kind) {
}
