package vn.hoctap.portal.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.ReferenceLists;
import vn.hoctap.portal.catalog.boundary.VenueForm;
import vn.hoctap.portal.catalog.boundary.VenueRow;
import vn.hoctap.portal.catalog.entity.VenueKind;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** A centre's venues for its manager: the list with each capacity, and a form for a new place. */
@Named
@ViewScoped
public class VenuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceLists lists;

    private Long centre;
    private List<VenueRow> venues;

    private String name;
    private VenueKind kind = VenueKind.CENTRE_ROOM;
    private Integer capacity;
    private String address;

    public void load() {
        if (centre == null) {
            throw new NotFoundException();
        }
        if (venues == null) {
            venues = lists.venues(centre);
        }
    }

    public String add() {
        try {
            lists.addVenue(centre, new VenueForm(name, kind, capacity == null ? 0 : capacity, address));
            FacesMessages.infoAfterRedirect("manage.venue.added", name);
            return "/manager/venues.xhtml?faces-redirect=true&centre=" + centre;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("venue", invalid);
            return null;
        }
    }

    public VenueKind[] getKinds() {
        return VenueKind.values();
    }

    public List<VenueRow> getVenues() {
        return venues;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VenueKind getKind() {
        return kind;
    }

    public void setKind(VenueKind kind) {
        this.kind = kind;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
