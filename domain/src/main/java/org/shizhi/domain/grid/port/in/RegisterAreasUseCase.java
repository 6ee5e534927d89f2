package org.shizhi.domain.grid.port.in;

/** Adds areas to the tree: all of them, or none when one breaks a rule. */
public interface RegisterAreasUseCase {

    AreasRegistered register(RegisterAreasCommand command);

    record AreasRegistered(int count) {
    }
}
