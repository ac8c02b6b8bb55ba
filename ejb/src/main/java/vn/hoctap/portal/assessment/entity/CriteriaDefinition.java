package vn.hoctap.portal.assessment.entity;

import java.util.List;

/**
 * A criteria set's content as written (in {@code content/criteria/} or by an administrator):
 * the title it is for, its period, the recognition rule and its criteria with their indicators.
 * {@link CriteriaSet} checks it when it publishes it.
 *
 * @param citizenGroup only for {@link TitleKind#CITIZEN}: whose appendix this is
 * @param template     true for the sets this project wrote as editable examples, false once an
 *                     administrator entered the official wording of their province
 */
public record CriteriaDefinition(String code, TitleKind kind, CitizenGroup citizenGroup, String name, String source,
                                 int periodFrom, int periodTo, boolean template, int minTotal, Integer minEachIndicator,
                                 List<Criterion> criteria) {

    public CriteriaDefinition {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A criterion (tiêu chí): a heading and its indicators. */
    public record Criterion(String code, String title, List<Indicator> indicators) {
        public Criterion {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * An indicator (chỉ số): what is assessed, its maximum points and what evidence shows it.
     *
     * @param minPoints for a mandatory indicator, the points it must reach (the maximum when absent)
     */
    public record Indicator(String text, int maxPoints, Integer minPoints, boolean mandatory, String evidenceHint) {
    }

    /** The same content under another wording, rule or structure, for the next version. */
    public CriteriaDefinition withCode(String newCode) {
        return new CriteriaDefinition(newCode, kind, citizenGroup, name, source, periodFrom, periodTo, template, minTotal,
                minEachIndicator, criteria);
    }
}
