package vn.hoctap.portal.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.SubjectRow;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.FacetValue;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.boundary.MaterialSearch;
import vn.hoctap.portal.search.boundary.MaterialSort;
import vn.hoctap.portal.web.platform.FacesMessages;
import vn.hoctap.portal.web.platform.LocaleSelection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search page of the open learning materials. Like the catalog, its whole state is in the
 * address (text, facet values, order, page), so a search can be shared and every facet is a link.
 */
@Named
@RequestScoped
public class SearchView {

    private static final int PAGE_SIZE = 10;

    @Inject
    MaterialSearch search;

    @Inject
    MaterialPages materials;

    @Inject
    LocaleSelection locale;

    private String q;
    private String sort;
    private int page;

    private MaterialQuery query;
    private MaterialResults results;
    private Map<String, SubjectRow> subjects;

    public void load() {
        subjects = materials.subjects().stream().collect(Collectors.toMap(SubjectRow::code, s -> s));
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        Function<String, List<String>> values = name -> parameters.containsKey(name) ? List.of(parameters.get(name)) : List.of();
        try {
            query = SearchParameters.query(q, values, sort, Math.max(page, 0), PAGE_SIZE);
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("search-form", invalid);
            query = SearchParameters.query(null, name -> List.of(), null, 0, PAGE_SIZE);
        }
        try {
            results = search.search(query);
        } catch (BusinessException starting) {
            FacesMessages.error(starting);
        }
    }

    /** One facet of the page: its dimension and values, each with the link that toggles it. */
    public record Facet(FacetDimension dimension, List<Option> options) {
    }

    /** A facet value as the page shows it. */
    public record Option(String label, long count, boolean selected, String link) {
    }

    public List<Facet> getFacets() {
        if (results == null) {
            return List.of();
        }
        List<Facet> facets = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<Option> options = results.facets().getOrDefault(dimension, List.of()).stream()
                    .map(value -> new Option(label(dimension, value), value.count(), value.selected(),
                            link(toggled(dimension, value.value()), query.sort(), 0)))
                    .toList();
            if (!options.isEmpty()) {
                facets.add(new Facet(dimension, options));
            }
        }
        return facets;
    }

    /** A facet value's name in the page's language. */
    private String label(FacetDimension dimension, FacetValue value) {
        return switch (dimension) {
            case SUBJECT -> Optional.ofNullable(subjects.get(value.value()))
                    .map(s -> "en".equals(locale.getLanguage()) ? s.nameEn() : s.nameVi()).orElse(value.label());
            case AUDIENCE -> FacesMessages.text("material.audience." + value.value());
            case FORMAT -> FacesMessages.text("material.format." + value.value());
            case LICENCE -> FacesMessages.text("material.licence." + value.value());
            case CENTRE -> value.label();
        };
    }

    public String subjectName(String code) {
        SubjectRow subject = subjects.get(code);
        return subject == null ? code : "en".equals(locale.getLanguage()) ? subject.nameEn() : subject.nameVi();
    }

    /** The filters with one value of a dimension switched on or off. */
    private Map<FacetDimension, Set<String>> toggled(FacetDimension dimension, String value) {
        Map<FacetDimension, Set<String>> filters = new java.util.EnumMap<>(FacetDimension.class);
        query.filters().forEach((d, values) -> filters.put(d, new LinkedHashSet<>(values)));
        Set<String> values = filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return filters;
    }

    private String link(Map<FacetDimension, Set<String>> filters, MaterialSort order, int target) {
        List<String> parts = new ArrayList<>();
        if (!query.text().isEmpty()) {
            parts.add("q=" + encoded(query.text()));
        }
        filters.forEach((dimension, values) -> values.forEach(
                value -> parts.add(SearchParameters.NAMES.get(dimension) + "=" + encoded(value))));
        if (order != MaterialSort.RELEVANCE) {
            parts.add("sort=" + order);
        }
        if (target > 0) {
            parts.add("page=" + target);
        }
        return "search.xhtml" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String pageLink(int target) {
        return link(query.filters(), query.sort(), target);
    }

    public String sortLink(String order) {
        return link(query.filters(), MaterialSort.valueOf(order), 0);
    }

    /** The same search for the corrected words. */
    public String getDidYouMeanLink() {
        return results == null ? null : results.didYouMean()
                .map(corrected -> "search.xhtml?q=" + encoded(corrected)).orElse(null);
    }

    /** Whether a facet narrows the results: the facets then show open on a phone too. */
    public boolean isFiltered() {
        return query != null && !query.filters().isEmpty();
    }

    public boolean isSortedByDate() {
        return query != null && query.sort() == MaterialSort.DATE;
    }

    public MaterialResults getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
