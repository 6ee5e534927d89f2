package org.shizhi.domain.grid.model;

/**
 * How a caller reached the city's 12345 hotline (12345政务服务便民热线) with what became a work order (工单). Every such
 * order reaches the platform on the one event channel {@link EventChannel#HOTLINE_12345}; this says which of the
 * hotline's own channels it came in by, as the hotline records it.
 */
public enum HotlineChannel {
    PHONE("电话"),
    WEB("网站"),
    APP("APP"),
    WECHAT("微信"),
    SMS("短信"),
    EMAIL("邮件"),
    OTHER("其他");

    private final String label;

    HotlineChannel(String label) {
        this.label = label;
    }

    /** The Chinese name written into the event's text. */
    public String label() {
        return label;
    }
}
