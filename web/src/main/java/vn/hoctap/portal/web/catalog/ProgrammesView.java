package vn.hoctap.portal.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.ProgrammeForm;
import vn.hoctap.portal.catalog.boundary.ProgrammeRow;
import vn.hoctap.portal.catalog.boundary.ReferenceLists;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The programmes courses belong to; administrators add new ones. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceLists lists;

    private List<ProgrammeRow> programmes;

    private String code;
    private String nameVi;
    private String nameEn;
    private boolean literacy;

    public void load() {
        if (programmes == null) {
            programmes = lists.programmes();
        }
    }

    public String add() {
        try {
            lists.addProgramme(new ProgrammeForm(code, nameVi, nameEn, literacy));
            FacesMessages.infoAfterRedirect("manage.programme.added", nameVi);
            return "/manager/programmes.xhtml?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("programme", invalid);
            return null;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public List<ProgrammeRow> getProgrammes() {
        return programmes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isLiteracy() {
        return literacy;
    }

    public void setLiteracy(boolean literacy) {
        this.literacy = literacy;
    }
}
