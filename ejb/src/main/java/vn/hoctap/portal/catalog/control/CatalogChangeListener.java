package vn.hoctap.portal.catalog.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.hoctap.portal.catalog.boundary.CatalogVersion;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): a change to an entity
 * whose data the public catalog shows moves the {@link CatalogVersion} on after the commit. Every
 * other entity passes by.
 */
public class CatalogChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof Course || entity instanceof ClassOffering || entity instanceof Venue
                || entity instanceof Programme || entity instanceof LearningCentre || entity instanceof AdministrativeUnit
                || entity instanceof Account) {
            CDI.current().select(CatalogVersion.class).get().changing();
        }
    }
}
