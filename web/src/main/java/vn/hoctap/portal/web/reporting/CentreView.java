package vn.hoctap.portal.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.reporting.boundary.CentreCard;
import vn.hoctap.portal.reporting.boundary.CentreDashboard;

import java.io.Serializable;

/** One centre's page for its manager; another centre's page is refused by the service (403). */
@Named
@ViewScoped
public class CentreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDashboard dashboard;

    private Long id;
    private CentreCard centre;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        centre = dashboard.centre(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CentreCard getCentre() {
        return centre;
    }
}
