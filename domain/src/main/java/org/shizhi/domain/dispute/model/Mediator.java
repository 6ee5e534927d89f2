package org.shizhi.domain.dispute.model;

import org.shizhi.domain.shared.Texts;

/** A mediator of a centre: the subject of their token, and their name. */
public record Mediator(String id, String name) {

    public Mediator {
        id = Texts.required("mediators.id", "a mediator's id (the subject of their token)", id, 100);
        name = Texts.required("mediators.name", "a mediator's name", name, 50);
    }
}
