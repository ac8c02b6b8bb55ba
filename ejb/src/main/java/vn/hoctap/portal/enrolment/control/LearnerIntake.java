package vn.hoctap.portal.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;

import vn.hoctap.portal.platform.VietnameseText;

import java.time.Clock;
import java.util.List;

/**
 * Records a learner for a centre, in the caller's transaction. The same person is recorded once:
 * a learner without an account with the same name, birth year and residential group (and the same
 * phone, when both have one) is the one found, so that a double click or a second survey sheet
 * does not make a twin.
 */
@ApplicationScoped
public class LearnerIntake {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Learner findOrRecord(LearningCentre centre, LearnerForm raw) {
        LearnerForm form = validation.require(raw == null ? null : raw.normalised());
        ResidentialGroup group = em.find(ResidentialGroup.class, form.residentialGroupId());
        if (group == null || !group.ward().id().equals(centre.ward().id())) {
            throw InvalidInputException.of("residentialGroupId", "learner.group.notOfWard");
        }
        Learner learner = em.createQuery("""
                        select l from Learner l where l.account is null and l.fullName = :name and l.birthYear = :year
                          and l.residentialGroup = :group and (l.phone is null or :phone is null or l.phone = :phone)
                        order by l.id""", Learner.class)
                .setParameter("name", form.fullName()).setParameter("year", form.birthYear())
                .setParameter("group", group).setParameter("phone", form.phone())
                .getResultStream()
                // the column's collation ignores accents: Hà and Hạ are different people
                .filter(l -> l.fullName().equals(form.fullName()))
                .findFirst()
                .orElseGet(() -> {
                    Learner recorded = Learner.recorded(form.fullName(), form.birthYear(), group, form.phone(), clock.instant());
                    em.persist(recorded);
                    return recorded;
                });
        if (form.completedGrade() != null) {
            learner.recordSchooling(form.completedGrade());
        }
        em.flush();
        return learner;
    }

    /** Whether the centre knows the learner: they live in its ward, or learnt in one of its classes. */
    public boolean knownTo(LearningCentre centre, long learnerId) {
        return !em.createQuery(KNOWN + " and l.id = :id", Learner.class)
                .setParameter("ward", centre.ward()).setParameter("centre", centre).setParameter("id", learnerId)
                .getResultList().isEmpty();
    }

    /**
     * The centre's learners whose name has every word of the query, typed with or without
     * diacritics ("nguyen van an", "Đức" or "duc"), in class-list order; at most {@code limit}.
     */
    public List<Learner> search(LearningCentre centre, String query, int limit) {
        List<String> words = VietnameseText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return em.createQuery(KNOWN, Learner.class)
                .setParameter("ward", centre.ward()).setParameter("centre", centre)
                .getResultStream()
                .filter(l -> matches(VietnameseText.words(l.fullName()), words))
                .sorted(NameOrder.of(Learner::fullName))
                .limit(limit)
                .toList();
    }

    private static final String KNOWN = """
            select l from Learner l left join l.residentialGroup g
            where (g.ward = :ward or exists (select 1 from Enrolment e where e.learner = l and e.classOffering.course.centre = :centre))""";

    /** Each word of the query starts a word of the name ("ng v an" finds "Nguyễn Văn An"). */
    static boolean matches(List<String> nameWords, List<String> queryWords) {
        return queryWords.stream().allMatch(q -> nameWords.stream().anyMatch(n -> n.startsWith(q)));
    }
}
