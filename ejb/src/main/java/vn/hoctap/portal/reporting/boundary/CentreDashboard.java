package vn.hoctap.portal.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.AccessDeniedException;

import java.util.List;

/** The manager's dashboard: the centres the caller manages and their figures. */
@Stateless
public class CentreDashboard {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    /** The centres the caller may manage: their own, or all those under their district or city. */
    public List<CentreCard> manageableCentres() {
        Account account = caller.require();
        if (account.role() != Role.CENTRE_MANAGER && account.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select c from LearningCentre c join c.ward w order by w.name",
                        LearningCentre.class)
                .getResultStream()
                .filter(account::mayManage)
                .map(this::card)
                .toList();
    }

    /** One centre's card; refused unless the caller manages that centre. */
    public CentreCard centre(long centreId) {
        return card(caller.requireManagerOf(centreId));
    }

    private CentreCard card(LearningCentre centre) {
        long groups = em.createQuery("select count(g) from ResidentialGroup g where g.ward = :ward", Long.class)
                .setParameter("ward", centre.ward()).getSingleResult();
        long residents = em.createQuery("""
                        select count(a) from Account a where a.role = :role and a.residentialGroup.ward = :ward""", Long.class)
                .setParameter("role", Role.RESIDENT).setParameter("ward", centre.ward()).getSingleResult();
        long staff = em.createQuery("select count(a) from Account a where a.centre = :centre", Long.class)
                .setParameter("centre", centre).getSingleResult();
        return new CentreCard(centre.id(), centre.name(), centre.ward().name(), centre.ward().parent().name(),
                centre.address(), groups, residents, staff);
    }
}
