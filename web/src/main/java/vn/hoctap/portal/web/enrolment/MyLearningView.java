package vn.hoctap.portal.web.enrolment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.EnrolmentDesk;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.enrolment.boundary.IssuedCertificate;
import vn.hoctap.portal.enrolment.boundary.MyCalendarFeed;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** "My learning": my classes and waitlist places, cancelling, my certificates and my private calendar address. */
@Named
@ViewScoped
public class MyLearningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentDesk desk;

    @Inject
    MyCalendarFeed feed;

    @Inject
    Certificates certificates;

    private List<EnrolmentView> enrolments;
    private List<IssuedCertificate> myCertificates;
    private java.util.Map<Long, vn.hoctap.portal.enrolment.boundary.LearningProgress> progress;
    private String feedToken;

    public void load() {
        if (enrolments == null) {
            enrolments = desk.mine();
            myCertificates = certificates.mine();
            progress = desk.progress();
        }
    }

    public String cancel(long enrolmentId) {
        try {
            desk.cancel(enrolmentId);
            FacesMessages.infoAfterRedirect("learning.cancelled");
            return "/me/learning.xhtml?faces-redirect=true";
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    /** The private calendar address, made when first asked for. */
    public String getFeedUrl() {
        if (feedToken == null) {
            feedToken = feed.token();
        }
        return feedAddress(feedToken);
    }

    public void renewFeed() {
        feedToken = feed.renew();
        FacesMessages.info("learning.feed.renewed");
    }

    private static String feedAddress(String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + "/api/feeds/private/" + token + ".ics";
    }

    /** The next session and attendance of one enrolment, or null when there is nothing to tell. */
    public vn.hoctap.portal.enrolment.boundary.LearningProgress progressOf(long enrolmentId) {
        return progress.get(enrolmentId);
    }

    public List<IssuedCertificate> getCertificates() {
        return myCertificates;
    }

    public List<EnrolmentView> getEnrolments() {
        return enrolments;
    }
}
