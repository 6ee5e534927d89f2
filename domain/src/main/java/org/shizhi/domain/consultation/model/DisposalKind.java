package org.shizhi.domain.consultation.model;

/** How a village disposes of an asset, a resource or funds. */
public enum DisposalKind { SALE, LEASE, CONTRACT_OUT, SPENDING, WRITE_OFF }
