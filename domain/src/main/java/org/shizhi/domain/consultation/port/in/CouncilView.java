package org.shizhi.domain.consultation.port.in;

import java.util.List;
import org.shizhi.domain.consultation.model.Council;

/** A council as a reader sees it; {@code council().members()} is not for display, {@code members()} is. */
public record CouncilView(Council council, List<MemberView> members) {

    public CouncilView {
        members = List.copyOf(members);
    }
}
