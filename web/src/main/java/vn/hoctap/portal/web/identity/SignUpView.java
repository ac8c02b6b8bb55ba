package vn.hoctap.portal.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.identity.boundary.Registration;
import vn.hoctap.portal.identity.boundary.SignUpForm;
import vn.hoctap.portal.organisation.boundary.OrganisationDirectory;
import vn.hoctap.portal.organisation.boundary.WardChoice;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;
import vn.hoctap.portal.web.platform.LocaleSelection;

import java.io.Serializable;
import java.util.List;

/** Self sign-up of a resident. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registration registration;

    @Inject
    OrganisationDirectory organisation;

    @Inject
    LocaleSelection localeSelection;

    private final SignUpForm form = new SignUpForm();
    private List<WardChoice> wards;

    @PostConstruct
    void init() {
        wards = organisation.wardsWithGroups();
    }

    public String signUp() {
        form.setPreferredLocale(localeSelection.getLanguage());
        try {
            registration.signUp(form);
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("signup", invalid);
            return null;
        }
        return "/login.xhtml?faces-redirect=true&registered=true";
    }

    public SignUpForm getForm() {
        return form;
    }

    public List<WardChoice> getWards() {
        return wards;
    }
}
