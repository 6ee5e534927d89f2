package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.SupervisionComplaint;

/** A supervision complaint as a reader sees it; {@code complaint().complainant()} is not for display. */
public record ComplaintView(SupervisionComplaint complaint, PersonView complainant, boolean overdue) {
}
