package vn.hoctap.portal.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.reporting.boundary.CentreCard;
import vn.hoctap.portal.reporting.boundary.CentreDashboard;

import java.io.Serializable;
import java.util.List;

/** The manager's dashboard: the centres they manage (placeholder for the year's figures). */
@Named
@ViewScoped
public class ManagerDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDashboard dashboard;

    private List<CentreCard> centres;

    public void load() {
        centres = dashboard.manageableCentres();
    }

    public List<CentreCard> getCentres() {
        return centres;
    }
}
