package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.Petition;

/**
 * A petition as a reader sees it: the petitioner clear or masked, whether it is in the backlog and its age in days;
 * {@code petition().petitioner()} is not for display.
 */
public record PetitionView(Petition petition, PersonView petitioner, boolean inBacklog, long ageDays) {
}
