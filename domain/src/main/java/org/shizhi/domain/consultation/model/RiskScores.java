package org.shizhi.domain.consultation.model;

import org.shizhi.domain.shared.InvalidValueException;

/** The four scores of a stability-risk assessment, each 0 to 100: legality, reasonableness, feasibility, controllability. */
public record RiskScores(int legality, int reasonableness, int feasibility, int controllability) {

    public RiskScores {
        score("scores.legality", legality);
        score("scores.reasonableness", reasonableness);
        score("scores.feasibility", feasibility);
        score("scores.controllability", controllability);
    }

    private static void score(String field, int value) {
        if (value < 0 || value > 100) {
            throw new InvalidValueException(field, "a score is 0 to 100, got " + value);
        }
    }
}
