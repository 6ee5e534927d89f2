package org.shizhi.adapters.persistence.archfixture;

import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.service.GridEventService;

/** Deliberate violation: a driven adapter driving the domain through an in-port and a service. */
public class RepositoryDrivingTheDomain {
    GridEvent allowed;
    ReportEventUseCase useCase;
    GridEventService service;
}
