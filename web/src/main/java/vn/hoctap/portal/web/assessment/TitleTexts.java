package vn.hoctap.portal.web.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.entity.Scorecard;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.util.List;

/** The learning titles' words that pages build from values: what is still missing for recognition, the score. */
@Named("titleTexts")
@RequestScoped
public class TitleTexts {

    /** "Chỉ số 6 dưới 5 điểm.", one line per shortfall, in the order to fix them. */
    public List<String> missing(Scorecard score) {
        if (score == null) {
            return List.of();
        }
        return score.shortfalls().stream()
                .map(s -> FacesMessages.text("titles.missing." + s.reason(), String.valueOf(s.indicator()),
                        String.valueOf(s.points()), String.valueOf(s.required())))
                .toList();
    }

    public String score(Scorecard score) {
        return score == null ? "" : FacesMessages.text("titles.score", String.valueOf(score.total()),
                String.valueOf(score.maxTotal()));
    }
}
