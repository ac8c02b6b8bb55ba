package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a criteria set decides recognition besides its mandatory indicators: at least
 * {@code minTotal} points in all, and, when set, no indicator below {@code minEachIndicator}
 * (the learning-citizen rule: at least 80 of 100 points and no indicator below 5).
 */
@Embeddable
public class RecognitionRule {

    @Column(name = "min_total", nullable = false)
    private int minTotal;

    @Column(name = "min_each_indicator")
    private Integer minEachIndicator;

    protected RecognitionRule() {
    }

    public RecognitionRule(int minTotal, Integer minEachIndicator) {
        if (minTotal < 0 || (minEachIndicator != null && minEachIndicator < 0)) {
            throw new IllegalArgumentException("rule thresholds are not negative");
        }
        this.minTotal = minTotal;
        this.minEachIndicator = minEachIndicator;
    }

    public int minTotal() {
        return minTotal;
    }

    public Integer minEachIndicator() {
        return minEachIndicator;
    }
}
