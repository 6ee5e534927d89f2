package org.shizhi.domain.archfixture;

import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.shared.Texts;

/**
 * Deliberate violation: a context using grid's unpublished model type, an out-port and a service (the published
 * {@code GridCode}, the in-port and the shared kernel are allowed).
 */
public class ContextReachingIntoGrid {
    GridCode published;
    GridQuery inPort;
    Texts kernel;
    Grid unpublished;
    GridRepository outPort;
    GridService service;
}
