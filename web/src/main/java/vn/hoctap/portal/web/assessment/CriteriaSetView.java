package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.CriteriaSetDetail;
import vn.hoctap.portal.assessment.boundary.CriteriaSets;
import vn.hoctap.portal.assessment.entity.CriteriaDefinition;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * /manager/criteria-set.xhtml?id=…: a criteria set version with its criteria and indicators; for
 * the city's administrators, its content as a form, to correct the version while nobody used it,
 * or to publish the next version (the official wording of their province).
 */
@Named
@ViewScoped
public class CriteriaSetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriteriaSets sets;

    private Long id;
    private CriteriaSetDetail detail;
    private String name;
    private String source;
    private int periodFrom;
    private int periodTo;
    private boolean template;
    private int minTotal;
    private Integer minEachIndicator;
    private List<EditedCriterion> criteria;

    /** A criterion as the form edits it. */
    public static class EditedCriterion implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String title;
        private List<EditedIndicator> indicators = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<EditedIndicator> getIndicators() {
            return indicators;
        }
    }

    /** An indicator as the form edits it. */
    public static class EditedIndicator implements Serializable {
        private static final long serialVersionUID = 1L;
        private int number;
        private String text;
        private int maxPoints;
        private Integer minPoints;
        private boolean mandatory;
        private String evidenceHint;

        public int getNumber() {
            return number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public int getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(int maxPoints) {
            this.maxPoints = maxPoints;
        }

        public Integer getMinPoints() {
            return minPoints;
        }

        public void setMinPoints(Integer minPoints) {
            this.minPoints = minPoints;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public String getEvidenceHint() {
            return evidenceHint;
        }

        public void setEvidenceHint(String evidenceHint) {
            this.evidenceHint = evidenceHint;
        }
    }

    public void load() {
        if (id == null) {
            throw new vn.hoctap.portal.platform.NotFoundException();
        }
        if (detail == null) {
            show(sets.set(id));
        }
    }

    private void show(CriteriaSetDetail shown) {
        detail = shown;
        id = shown.set().id();
        name = shown.set().name();
        source = shown.source();
        periodFrom = shown.set().periodFrom();
        periodTo = shown.set().periodTo();
        template = shown.set().template();
        minTotal = shown.set().minTotal();
        minEachIndicator = shown.set().minEachIndicator();
        criteria = new ArrayList<>();
        for (var c : shown.criteria()) {
            EditedCriterion criterion = new EditedCriterion();
            criterion.code = c.code();
            criterion.title = c.title();
            for (var i : c.indicators()) {
                EditedIndicator indicator = new EditedIndicator();
                indicator.number = i.number();
                indicator.text = i.text();
                indicator.maxPoints = i.maxPoints();
                indicator.minPoints = i.minPoints();
                indicator.mandatory = i.mandatory();
                indicator.evidenceHint = i.evidenceHint();
                criterion.indicators.add(indicator);
            }
            criteria.add(criterion);
        }
    }

    private CriteriaDefinition definition() {
        return new CriteriaDefinition(detail.set().code(), detail.set().kind(), detail.set().citizenGroup(), name, source,
                periodFrom, periodTo, template, minTotal, minEachIndicator, criteria.stream()
                .map(c -> new CriteriaDefinition.Criterion(c.code, c.title, c.indicators.stream()
                        .map(i -> new CriteriaDefinition.Indicator(i.text, i.maxPoints, i.mandatory ? i.minPoints : null,
                                i.mandatory, i.evidenceHint)).toList())).toList());
    }

    public String revise() {
        return FacesMessages.refusalsShown("content", () -> {
            sets.revise(id, definition());
            FacesMessages.infoAfterRedirect("titles.criteria.revised");
            return "/manager/criteria-set.xhtml?faces-redirect=true&id=" + id;
        });
    }

    public String publish() {
        return FacesMessages.refusalsShown("content", () -> {
            CriteriaSetDetail next = sets.publishNewVersion(id, definition());
            FacesMessages.infoAfterRedirect("titles.criteria.published", next.set().versionNumber());
            return "/manager/criteria-set.xhtml?faces-redirect=true&id=" + next.set().id();
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CriteriaSetDetail getDetail() {
        return detail;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public int getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(int periodFrom) {
        this.periodFrom = periodFrom;
    }

    public int getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(int periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isTemplate() {
        return template;
    }

    public void setTemplate(boolean template) {
        this.template = template;
    }

    public int getMinTotal() {
        return minTotal;
    }

    public void setMinTotal(int minTotal) {
        this.minTotal = minTotal;
    }

    public Integer getMinEachIndicator() {
        return minEachIndicator;
    }

    public void setMinEachIndicator(Integer minEachIndicator) {
        this.minEachIndicator = minEachIndicator;
    }

    public List<EditedCriterion> getCriteria() {
        return criteria;
    }
}
