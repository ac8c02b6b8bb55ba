package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.FacetValue;

/**
 * Reads the counts of every dimension from Lucene's facets into the boundary's records: the largest
 * values first, and the values the query filters by always, even with no hit (so a chosen filter can
 * still be seen and lifted).
 */
final class FacetTally {

    /** values shown per dimension; there are about ten subjects and formats, and a district's centres */
    static final int TOP_VALUES = 30;

    private FacetTally() {
    }

    /** Every dimension, empty lists when there is nothing to count. */
    static Map<FacetDimension, List<FacetValue>> empty() {
        Map<FacetDimension, List<FacetValue>> none = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            none.put(dimension, List.of());
        }
        return none;
    }

    static Map<FacetDimension, List<FacetValue>> read(Facets facets, Map<FacetDimension, Set<String>> filters)
            throws IOException {
        Map<FacetDimension, List<FacetValue>> all = empty();
        for (FacetDimension dimension : FacetDimension.values()) {
            Set<String> selected = filters.getOrDefault(dimension, Set.of());
            FacetResult result = facets.getTopChildren(TOP_VALUES, MaterialSchema.facetDim(dimension));
            List<FacetValue> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (result != null) {
                for (LabelAndValue child : result.labelValues) {
                    FacetValue value = value(child.label, child.value.longValue(), selected);
                    values.add(value);
                    seen.add(value.value());
                }
            }
            for (String chosen : selected) {
                if (!seen.contains(chosen)) {
                    values.add(new FacetValue(chosen, chosen, 0, true));
                }
            }
            all.put(dimension, List.copyOf(values));
        }
        return all;
    }

    /** A facet label is the value, or "value␞name" for a centre. */
    private static FacetValue value(String label, long count, Set<String> selected) {
        int separator = label.indexOf(MaterialDocuments.LABEL_SEPARATOR);
        String value = separator < 0 ? label : label.substring(0, separator);
        String name = separator < 0 ? label : label.substring(separator + 1);
        return new FacetValue(value, name, count, selected.contains(value));
    }
}
