package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;

/** Law-publicity events (普法). Permission: {@link Permission#RECORD_LAW_PUBLICITY}; the area in the caller's jurisdiction. */
public interface PublicityUseCase {

    /** Records the event; its date may not lie after today. */
    PublicityEvent record(Actor actor, PublicityEvent event);
}
