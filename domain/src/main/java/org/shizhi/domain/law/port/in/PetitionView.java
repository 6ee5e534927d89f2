package org.shizhi.domain.law.port.in;

import java.util.Optional;
import org.shizhi.domain.law.model.Petition;

/**
 * A petition as a reader sees it: the petitioner and the leader who took the case on (领导包案) clear or masked, whether
 * it is in the backlog and its age in days; {@code petition().petitioner()} and {@code petition().leader()} are not
 * for display.
 */
public record PetitionView(Petition petition, PersonView petitioner, Optional<String> leader, boolean inBacklog, long ageDays) {
}
