package org.shizhi.domain.grid.port.in;


import org.shizhi.domain.shared.Actor;

/** Adds areas to the tree of the caller's city: all of them, or none when one breaks a rule. City admins and integrators. */
public interface RegisterAreasUseCase {

    AreasRegistered register(Actor actor, RegisterAreasCommand command);

    record AreasRegistered(int count) {
    }
}
