package vn.hoctap.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.util.logging.Logger;

/** Loads an organisation from content files, once: units already present are left as they are. */
@Stateless
public class OrganisationImport {

    private static final Logger LOG = Logger.getLogger(OrganisationImport.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** @return true when the city was new and has been loaded */
    public boolean importIfAbsent(OrganisationContent city) {
        if (unit(city.code()) != null) {
            return false;
        }
        AdministrativeUnit cityUnit = AdministrativeUnit.city(city.code(), city.name());
        em.persist(cityUnit);
        int centres = 0;
        int groups = 0;
        for (var district : city.districts()) {
            AdministrativeUnit districtUnit = cityUnit.subUnit(district.code(), district.name());
            em.persist(districtUnit);
            for (var ward : district.wards()) {
                AdministrativeUnit wardUnit = districtUnit.subUnit(ward.code(), ward.name());
                em.persist(wardUnit);
                var c = ward.centre();
                em.persist(new LearningCentre(c.code(), c.name(), wardUnit, c.address(), c.phone(), c.email()));
                centres++;
                for (var group : ward.residentialGroups()) {
                    em.persist(new ResidentialGroup(group.code(), group.name(), wardUnit));
                    groups++;
                }
            }
        }
        LOG.info("Loaded " + city.name() + ": " + city.districts().size() + " districts, "
                + centres + " learning centres, " + groups + " residential groups");
        return true;
    }

    private AdministrativeUnit unit(String code) {
        return em.createQuery("select u from AdministrativeUnit u where u.code = :code", AdministrativeUnit.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
