package vn.hoctap.portal.assessment.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment's score against its criteria set version, and every reason it does not (yet)
 * meet the recognition rule, in the order a person would fix them: indicators not scored yet,
 * mandatory indicators below their minimum, indicators below the minimum for each, the total.
 *
 * @param total     points of the indicators scored so far
 * @param maxTotal  the set's maximum
 * @param answered  how many indicators have points
 * @param shortfalls empty exactly when the rule is met
 */
public record Scorecard(int total, int maxTotal, int answered, int indicators, int minTotal,
                        List<Shortfall> shortfalls) implements Serializable {

    /** One reason recognition is not met yet. */
    public enum Reason {
        /** The indicator has no points yet. */
        UNANSWERED,
        /** A mandatory indicator below the points it must reach. */
        MANDATORY_BELOW,
        /** An indicator below the set's minimum for each indicator. */
        INDICATOR_BELOW,
        /** The total below the set's minimum. */
        TOTAL_BELOW
    }

    /**
     * @param indicator the indicator's number, 0 for the total
     * @param points    what it has (0 when unanswered)
     * @param required  what it needs
     */
    public record Shortfall(Reason reason, int indicator, int points, int required) implements Serializable {
    }

    public Scorecard {
        shortfalls = List.copyOf(shortfalls);
    }

    static Scorecard of(List<Indicator> indicators, RecognitionRule rule, Map<Integer, Integer> points) {
        int total = 0;
        int max = 0;
        int answered = 0;
        List<Shortfall> unanswered = new ArrayList<>();
        List<Shortfall> mandatory = new ArrayList<>();
        List<Shortfall> below = new ArrayList<>();
        for (Indicator indicator : indicators) {
            max += indicator.maxPoints();
            Integer given = points.get(indicator.number());
            if (given == null) {
                unanswered.add(new Shortfall(Reason.UNANSWERED, indicator.number(), 0, indicator.maxPoints()));
                continue;
            }
            answered++;
            total += given;
            if (indicator.mandatory() && given < indicator.minPoints()) {
                mandatory.add(new Shortfall(Reason.MANDATORY_BELOW, indicator.number(), given, indicator.minPoints()));
            } else if (rule.minEachIndicator() != null && given < rule.minEachIndicator()) {
                below.add(new Shortfall(Reason.INDICATOR_BELOW, indicator.number(), given, rule.minEachIndicator()));
            }
        }
        List<Shortfall> all = new ArrayList<>(unanswered);
        all.addAll(mandatory);
        all.addAll(below);
        if (total < rule.minTotal()) {
            all.add(new Shortfall(Reason.TOTAL_BELOW, 0, total, rule.minTotal()));
        }
        return new Scorecard(total, max, answered, indicators.size(), rule.minTotal(), all);
    }

    /** True when the recognition rule is met: every indicator scored, none short, the total reached. */
    public boolean meetsRule() {
        return shortfalls.isEmpty();
    }

    public boolean complete() {
        return answered == indicators;
    }
}
