package org.shizhi.domain.consultation.model;

/** The village's 三资: assets (资产), resources (资源, land, water, forest) and funds (资金). */
public enum AssetKind { ASSET, RESOURCE, FUND }
