package vn.hoctap.portal.search.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link MaterialQuery}.
 *
 * @param total      exact number of materials that match (not an estimate)
 * @param hits       the requested page
 * @param facets     counts per dimension, every dimension present (possibly empty), largest first
 * @param didYouMean a corrected query when this one found nothing or very little and the correction
 *                   finds at least as much, in lower case with the tones the materials use ("trồng rau
 *                   sạch"); folded, without diacritics, when the query was typed with tones; empty otherwise
 * @param relaxed    whether not every query word had to match (too few materials held them all)
 */
public record MaterialResults(long total, List<MaterialHit> hits, Map<FacetDimension, List<FacetValue>> facets,
                              Optional<String> didYouMean, boolean relaxed, int page, int size) {

    public MaterialResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** @return how many pages of this size the total fills */
    public long pages() {
        return (total + size - 1) / size;
    }
}
