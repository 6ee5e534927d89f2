package org.shizhi.adapters.rest.archfixture;

import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.service.GridService;

/** Deliberate violation: a REST class reaching past the in-ports into an out-port and a service. */
public class RestUsingAnOutPortAndAService {
    GridQuery allowed;
    GridRepository repository;
    GridService service;
}
