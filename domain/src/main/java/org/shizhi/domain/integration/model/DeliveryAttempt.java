package org.shizhi.domain.integration.model;

import java.util.OptionalInt;

/**
 * How one HTTP attempt went: acknowledged (a 2xx), or failed with the status the receiver gave (if any) and why.
 */
public record DeliveryAttempt(boolean acknowledged, OptionalInt status, String detail) {

    public static DeliveryAttempt acknowledged(int status) {
        return new DeliveryAttempt(true, OptionalInt.of(status), "");
    }

    public static DeliveryAttempt failed(OptionalInt status, String detail) {
        String d = detail == null ? "" : detail;
        return new DeliveryAttempt(false, status, d.length() > 500 ? d.substring(0, 500) : d);
    }
}
