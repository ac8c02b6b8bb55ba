package vn.hoctap.portal.search.control;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index searcher with the facet ordinals of its reader, built once per refresh (by the
 * {@link #factory}) rather than per search: every search of that reader shares them.
 */
final class FacetedSearcher extends IndexSearcher {

    /** null while no document has facets (an empty index) */
    private final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, hasFacets(reader)
                        ? new DefaultSortedSetDocValuesReaderState(reader, config) : null);
            }
        };
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }
}
