package vn.hoctap.portal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.CatalogChoices;
import vn.hoctap.portal.catalog.boundary.CatalogPage;
import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.boundary.CatalogSearch;
import vn.hoctap.portal.catalog.entity.TimeOfDay;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog page. Its filters are a plain GET form: the whole state is in the address, so a
 * search can be shared on Zalo and the back button works.
 */
@Named
@RequestScoped
public class CatalogView {

    private static final int PAGE_SIZE = 12;

    @Inject
    CatalogSearch catalog;

    private String q;
    private Long centre;
    private String programme;
    /** The chosen weekdays: repeated "day" parameters, read in {@link #load()}. */
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private String time;
    private Integer within;
    private boolean freeSeats;
    private boolean free;
    private String sort;
    private int page;

    private CatalogPage result;
    private CatalogChoices choices;

    public void load() {
        String[] chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().get("day");
        if (chosen != null) {
            Arrays.stream(chosen).map(day -> word(DayOfWeek.class, day)).filter(java.util.Objects::nonNull).forEach(days::add);
        }
        choices = catalog.choices();
        try {
            result = catalog.find(new CatalogQuery(q, null, centre, blankToNull(programme), days,
                    word(TimeOfDay.class, time), within, freeSeats, free, word(CatalogQuery.Sort.class, sort),
                    Math.max(page, 0), PAGE_SIZE));
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("filters", invalid);
            result = catalog.find(CatalogQuery.all());
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int target) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("centre", centre);
        parameters.put("programme", programme);
        parameters.put("time", time);
        parameters.put("within", within);
        parameters.put("freeSeats", freeSeats ? "true" : null);
        parameters.put("free", free ? "true" : null);
        parameters.put("sort", sort);
        parameters.put("page", target);
        String dayParameters = days.stream().map(day -> "&day=" + day).collect(Collectors.joining());
        return "catalog.xhtml?" + parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + dayParameters;
    }

    /** True when any filter besides the text is set: the page then shows the filters open. */
    public boolean isFiltered() {
        return centre != null || programme != null && !programme.isBlank() || !days.isEmpty()
                || time != null && !time.isBlank() || within != null || freeSeats || free
                || sort != null && !sort.isBlank();
    }

    public List<DayOfWeek> getAllDays() {
        return List.of(DayOfWeek.values());
    }

    public boolean dayChosen(DayOfWeek day) {
        return days.contains(day);
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            // a hand-edited address: ignore the unknown word rather than fail the page
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public CatalogPage getResult() {
        return result;
    }

    public CatalogChoices getChoices() {
        return choices;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getWithin() {
        return within;
    }

    public void setWithin(Integer within) {
        this.within = within;
    }

    public boolean isFreeSeats() {
        return freeSeats;
    }

    public void setFreeSeats(boolean freeSeats) {
        this.freeSeats = freeSeats;
    }

    public boolean isFree() {
        return free;
    }

    public void setFree(boolean free) {
        this.free = free;
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
