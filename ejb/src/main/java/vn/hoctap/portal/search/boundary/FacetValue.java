package vn.hoctap.portal.search.boundary;

/**
 * One value of a facet dimension with the number of materials it would give.
 *
 * @param value    what a filter names ({@link MaterialQuery#filters()}): a code, or a centre's id
 * @param label    a name to show for codes the web does not translate (the centre's name), else the value
 * @param count    hits with this value; for a dimension the query filters by, the count the value would
 *                 give with that dimension's own filter lifted (drill-sideways), so alternatives stay visible
 * @param selected whether the query filters by this value
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
