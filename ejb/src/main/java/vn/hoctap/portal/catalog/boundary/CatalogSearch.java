package vn.hoctap.portal.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
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
 * A page is kept ({@link CatalogMemo}) for as long as the {@link CatalogVersion} stands, so the same
 * filters asked for again on the same day cost nothing: one catalog query reads and sorts thousands
 * of classes, tens of milliseconds of database time. (Hibernate's query cache would not do: it never
 * hears of the seat claims, which enrolment makes outside JPA.)
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogSearch {

    /** A query on a day (the catalog leaves out the classes that are over). */
    private record Asked(CatalogQuery query, LocalDate day) {
    }

    /** Pages kept: about 25 KB of heap each. */
    private static final int PAGES_KEPT = 2_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    private CatalogMemo<Asked, CatalogPage> pages;

    @Inject
    void keepPagesWhile(CatalogVersion version) {
        pages = new CatalogMemo<>(version, PAGES_KEPT);
    }

    public CatalogPage find(CatalogQuery query) {
        validation.require(query);
        LocalDate today = LocalDate.now(clock);
        return pages.get(new Asked(query, today), () -> read(query, today));
    }

    private CatalogPage read(CatalogQuery query, LocalDate today) {
        var jpql = CatalogQueryBuilder.build(query, today);
        TypedQuery<ClassCard> select = em.createQuery(jpql.select(), ClassCard.class)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size());
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
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
    @Transactional(Transactional.TxType.REQUIRED)
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
