package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.PublishedModel;

/** What a grid event is about, as recorded on intake. */
@PublishedModel
public enum EventCategory {
    DISPUTE("矛盾纠纷"),
    SAFETY_HAZARD("安全隐患"),
    SERVICE_REQUEST("便民服务"),
    /** 社情民意: a public-opinion signal. */
    PUBLIC_OPINION("社情民意"),
    PUBLIC_SECURITY("社会治安"),
    ENVIRONMENT("环境卫生"),
    OTHER("其他");

    private final String label;

    EventCategory(String label) {
        this.label = label;
    }

    /** The Chinese name used in digests and exports. */
    public String label() {
        return label;
    }
}
