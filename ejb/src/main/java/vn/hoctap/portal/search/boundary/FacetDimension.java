package vn.hoctap.portal.search.boundary;

/**
 * The dimensions a resident narrows a search by. Values of one dimension are alternatives (OR), two
 * dimensions must both hold (AND).
 */
public enum FacetDimension {
    /** subject code, e.g. {@code HEALTH} */
    SUBJECT,
    /** audience code, e.g. {@code FARMERS}; a material may have several */
    AUDIENCE,
    /** file format or link kind, e.g. {@code PDF}, {@code VIDEO} */
    FORMAT,
    /** the publishing centre's id, or {@code unit:<name>} for a city or district publication */
    CENTRE,
    /** licence code, e.g. {@code CC_BY} */
    LICENCE
}
