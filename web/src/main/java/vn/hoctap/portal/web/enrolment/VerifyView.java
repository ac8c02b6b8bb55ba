package vn.hoctap.portal.web.enrolment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.VerifiedCertificate;
import vn.hoctap.portal.platform.NotFoundException;

import java.io.Serializable;

/**
 * The public page a certificate's QR code opens: for a real code, the learner's name, the class,
 * the completion date and the centre — nothing else. An unknown or malformed code gets the same
 * "not found" answer (HTTP 404) whatever it looks like.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private String code;
    private VerifiedCertificate certificate;
    private boolean notFound;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            certificate = certificates.verify(code);
        } catch (NotFoundException unknown) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public VerifiedCertificate getCertificate() {
        return certificate;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
