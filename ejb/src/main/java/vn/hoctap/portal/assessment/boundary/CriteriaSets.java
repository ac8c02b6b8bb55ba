package vn.hoctap.portal.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.control.TitleAccess;
import vn.hoctap.portal.assessment.entity.CriteriaDefinition;
import vn.hoctap.portal.assessment.entity.CriteriaSet;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The criteria sets of the learning titles: anyone may read them (they are public rules); the
 * city's administrators correct a version nobody used yet, or publish the next version — the
 * official wording of their province — which new assessments then follow while earlier ones keep
 * theirs. Loading the demo content publishes the first versions ({@link #importIfAbsent}).
 */
@Stateless
public class CriteriaSets {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TitleAccess access;

    @Inject
    Clock clock;

    /** The current versions (every version with {@code allVersions}), of one title or all. */
    public List<CriteriaSetRow> list(TitleKind kind, boolean allVersions) {
        List<CriteriaSet> sets = em.createQuery("""
                        select s from CriteriaSet s where (:kind is null or s.kind = :kind) and (:all = true or s.current = true)
                        order by s.kind, s.citizenGroup, s.code, s.versionNumber desc""", CriteriaSet.class)
                .setParameter("kind", kind).setParameter("all", allVersions).getResultList();
        Map<Long, Long> used = usage();
        return sets.stream().map(s -> row(s, used.getOrDefault(s.id(), 0L))).toList();
    }

    public CriteriaSetDetail set(long id) {
        CriteriaSet set = find(id);
        long used = used(set);
        return detail(set, used);
    }

    /**
     * Corrects a version in place — refused ({@code criteria.inUse}, 409) once an assessment was
     * made against it: then only a new version may change it.
     */
    public CriteriaSetDetail revise(long id, CriteriaDefinition definition) {
        access.cityAdministrator();
        CriteriaSet set = em.find(CriteriaSet.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw new NotFoundException();
        }
        set.revise(require(definition), used(set));
        em.flush();
        return detail(set, 0);
    }

    /** Publishes the next version of the set that version {@code id} belongs to; it becomes current. */
    public CriteriaSetDetail publishNewVersion(long id, CriteriaDefinition definition) {
        Account admin = access.cityAdministrator();
        CriteriaSet base = find(id);
        List<CriteriaSet> versions = em.createQuery(
                        "select s from CriteriaSet s where s.code = :code order by s.versionNumber desc", CriteriaSet.class)
                .setParameter("code", base.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        CriteriaSet latest = versions.get(0);
        versions.forEach(CriteriaSet::supersede);
        CriteriaSet next = latest.nextVersion(require(definition), latest.versionNumber() + 1, admin.id(), clock.instant());
        em.persist(next);
        em.flush();
        return detail(next, 0);
    }

    /** The first version of a set from the demo content, unless its code is known already. @return true when added */
    public boolean importIfAbsent(CriteriaDefinition definition) {
        long known = em.createQuery("select count(s) from CriteriaSet s where s.code = :code", Long.class)
                .setParameter("code", definition.code()).getSingleResult();
        if (known > 0) {
            return false;
        }
        em.persist(CriteriaSet.publish(definition, null, clock.instant()));
        return true;
    }

    private static CriteriaDefinition require(CriteriaDefinition definition) {
        if (definition == null) {
            throw InvalidInputException.of("", "error.invalidInput");
        }
        return definition;
    }

    private CriteriaSet find(long id) {
        CriteriaSet set = em.find(CriteriaSet.class, id);
        if (set == null) {
            throw new NotFoundException();
        }
        return set;
    }

    private long used(CriteriaSet set) {
        return em.createQuery("select count(a) from Assessment a where a.criteriaSet = :s", Long.class)
                .setParameter("s", set).getSingleResult();
    }

    private Map<Long, Long> usage() {
        return em.createQuery("select a.criteriaSet.id, count(a) from Assessment a group by a.criteriaSet.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    static CriteriaSetRow row(CriteriaSet s, long used) {
        return new CriteriaSetRow(s.id(), s.code(), s.versionNumber(), s.kind(), s.citizenGroup(), s.name(), s.periodFrom(),
                s.periodTo(), s.template(), s.current(), s.indicators().size(), s.maxTotal(), s.rule().minTotal(),
                s.rule().minEachIndicator(), used);
    }

    static CriteriaSetDetail detail(CriteriaSet s, long used) {
        return new CriteriaSetDetail(row(s, used), s.source(), used == 0, s.criteria().stream()
                .map(c -> new CriteriaSetDetail.CriterionView(c.code(), c.title(), c.indicators().stream()
                        .map(i -> new CriteriaSetDetail.IndicatorView(i.number(), i.text(), i.maxPoints(), i.minPoints(),
                                i.mandatory(), i.evidenceHint())).toList())).toList());
    }
}
