package org.shizhi.plugins.archfixturea;

import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.spi.GridRule;

/**
 * Deliberate violation: a plugin using a service, an out-port and a model type the SPI does not publish (the SPI
 * and the published {@code GridTier} are allowed).
 */
public class PluginUsingAService {
    GridRule spi;
    GridTier published;
    Grid grid;
    GridRepository repository;
    GridService service;
}
