package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * The lists courses are planned from: the programmes (read by everyone, extended by
 * administrators) and each centre's venues (kept by its manager).
 */
@Stateless
public class ReferenceLists {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    InputValidation validation;

    public List<ProgrammeRow> programmes() {
        return em.createQuery("""
                select new vn.hoctap.portal.catalog.boundary.ProgrammeRow(p.id, p.code, p.nameVi, p.nameEn, p.literacy)
                from Programme p order by p.id""", ProgrammeRow.class).getResultList();
    }

    /** Only an administrator adds a programme; its code is new. */
    public long addProgramme(ProgrammeForm form) {
        caller.requireAdministrator();
        validation.require(form);
        if (!em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", form.code()).getResultList().isEmpty()) {
            throw InvalidInputException.of("code", "programme.code.taken");
        }
        Programme programme = new Programme(form.code(), form.nameVi().strip(), form.nameEn().strip(), form.literacy());
        em.persist(programme);
        em.flush();
        return programme.id();
    }

    public List<VenueRow> venues(long centreId) {
        caller.requireManagerOf(centreId);
        return em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.VenueRow(v.id, v.name, v.kind, v.capacity, v.address,
                            (select count(k) from ClassOffering k where k.venue = v and k.cancelled = false))
                        from Venue v where v.centre.id = :centre order by v.name""", VenueRow.class)
                .setParameter("centre", centreId).getResultList();
    }

    public long addVenue(long centreId, VenueForm form) {
        LearningCentre centre = caller.requireManagerOf(centreId);
        validation.require(form);
        String address = form.address() == null || form.address().isBlank() ? null : form.address().strip();
        Venue venue = new Venue("v-" + UUID.randomUUID().toString().substring(0, 12), centre, form.name().strip(),
                form.kind(), form.capacity(), address);
        em.persist(venue);
        em.flush();
        return venue.id();
    }

    /** A venue's new capacity: never below the seats of a class planned there. */
    public void changeVenueCapacity(long venueId, int capacity) {
        Venue venue = em.find(Venue.class, venueId);
        if (venue == null) {
            throw new NotFoundException();
        }
        caller.requireManagerOf(venue.centre().id());
        Integer largestClass = em.createQuery(
                        "select max(k.capacity) from ClassOffering k where k.venue = :venue and k.cancelled = false", Integer.class)
                .setParameter("venue", venue).getSingleResult();
        venue.changeCapacity(capacity, largestClass == null ? 0 : largestClass);
    }
}
