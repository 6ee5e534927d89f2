package org.shizhi.domain.archive.port.in;

import java.util.Optional;

/** A party as the reader may see it: masked unless they hold {@code PERSONAL_DATA}. */
public record PartyView(String name, String role, Optional<String> idNumber, Optional<String> phone) {
}
