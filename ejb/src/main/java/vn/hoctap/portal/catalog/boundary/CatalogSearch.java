package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoctap.portal.catalog.control.CatalogQueryBuilder;
import vn.hoctap.portal.platform.InputValidation;

import java.time.Clock;
import java.time.LocalDate;

/** The public catalog: published classes, filtered, sorted and a page at a time. Open to everyone. */
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
                .setMaxResults(query.size());
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new CatalogPage(select.getResultList(), count.getSingleResult(), query.page(), query.size());
    }
}
