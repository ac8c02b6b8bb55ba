package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import vn.hoctap.portal.catalog.control.CatalogQueryBuilder;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The public catalog: published classes, filtered, sorted and a page at a time. Open to everyone.
 * Pages and counts come from Hibernate's query cache when the same filters were asked for since
 * the last write to the catalog's tables (every write through JPA drops them): one catalog query
 * reads and sorts thousands of classes, tens of milliseconds of database time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogSearch {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public CatalogPage find(CatalogQuery query) {
        validation.require(query);
        var jpql = CatalogQueryBuilder.build(query, LocalDate.now(clock));
        TypedQuery<ClassCard> select = em.createQuery(jpql.select(), ClassCard.class)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .setHint(HibernateHints.HINT_CACHEABLE, true);
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true);
        jpql.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new CatalogPage(select.getResultList(), count.getSingleResult(), query.page(), query.size());
    }

    /** The programmes and wards the filters offer. */
    public CatalogChoices choices() {
        var programmes = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.CatalogChoices$ProgrammeChoice(p.code, p.nameVi, p.nameEn)
                        from Programme p order by p.id""", CatalogChoices.ProgrammeChoice.class).getResultList();
        var wards = em.createQuery("""
                        select new vn.hoctap.portal.catalog.boundary.CatalogChoices$WardChoice(w.id, w.name, c.id, c.name)
                        from LearningCentre c join c.ward w order by w.name""", CatalogChoices.WardChoice.class).getResultList();
        return new CatalogChoices(programmes, wards);
    }

    /** A course of the catalog with its classes; a draft course is not found. Reads entities: in a transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CourseDetail course(long courseId) {
        Course co = em.find(Course.class, courseId);
        if (co == null || co.status() == CourseStatus.DRAFT) {
            throw new NotFoundException();
        }
        var classes = em.createQuery("select c from ClassOffering c where c.course = :course order by c.startDate, c.code",
                ClassOffering.class).setParameter("course", co).getResultStream().map(ClassCard::of).toList();
        var p = co.programme();
        return new CourseDetail(co.id(), co.title(), co.summary(), co.description(), p.code(), p.nameVi(), p.nameEn(),
                co.centre().name(), co.centre().ward().name(), co.minAge(), co.maxAge(), ClassCard.groups(co), co.level(),
                co.prerequisites(), co.fee(), co.status(), classes);
    }
}
