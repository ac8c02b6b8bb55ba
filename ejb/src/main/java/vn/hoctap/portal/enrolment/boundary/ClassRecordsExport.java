package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.control.ClassRecords;
import vn.hoctap.portal.enrolment.control.ClassRecordsPdf;
import vn.hoctap.portal.enrolment.control.ClassRecordsXlsx;
import vn.hoctap.portal.enrolment.control.NameOrder;
import vn.hoctap.portal.enrolment.entity.Attendance;
import vn.hoctap.portal.enrolment.entity.Enrolment;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's records (hồ sơ lớp) for the people who run it: the roster, the attendance sheet and
 * the results of its confirmed learners, as an XLSX workbook or a PDF. Sessions are the class's
 * sessions that were not cancelled; a session not marked yet (or held before a learner joined)
 * stays blank.
 */
@Stateless
public class ClassRecordsExport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClassAccess access;

    public DocumentFile xlsx(long classId) {
        ClassRecords records = records(classId);
        return new DocumentFile(fileName(records, "xlsx"), ClassRecordsXlsx.MEDIA_TYPE, ClassRecordsXlsx.render(records));
    }

    public DocumentFile pdf(long classId) {
        ClassRecords records = records(classId);
        return new DocumentFile(fileName(records, "pdf"), ClassRecordsPdf.MEDIA_TYPE, ClassRecordsPdf.render(records));
    }

    ClassRecords records(long classId) {
        access.staffOfClass(classId);
        ClassOffering k = em.find(ClassOffering.class, classId);
        List<ClassSession> sessions = em.createQuery("""
                        select s from ClassSession s where s.classOffering = :k and s.cancelled = false order by s.startsAt""",
                        ClassSession.class).setParameter("k", k).getResultList();
        List<Enrolment> learners = em.createQuery("""
                        select e from Enrolment e join fetch e.learner
                        where e.classOffering = :k and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED""",
                        Enrolment.class).setParameter("k", k).getResultStream()
                .sorted(NameOrder.of(e -> e.learner().fullName())).toList();
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        for (Attendance a : em.createQuery("select a from Attendance a where a.session.classOffering = :k", Attendance.class)
                .setParameter("k", k).getResultList()) {
            marks.computeIfAbsent(a.enrolment().id(), id -> new HashMap<>()).put(a.session().id(), a.present());
        }
        List<LocalDateTime> starts = sessions.stream().map(s -> s.slot().start()).toList();
        List<ClassRecords.Learner> rows = learners.stream().map(e -> {
            Map<Long, Boolean> mine = marks.getOrDefault(e.id(), Map.of());
            List<Boolean> attendance = new ArrayList<>();
            sessions.forEach(s -> attendance.add(mine.get(s.id())));
            var l = e.learner();
            return new ClassRecords.Learner(l.fullName(), l.birthYear(),
                    l.residentialGroup() == null ? null : l.residentialGroup().name(), l.phone(), attendance,
                    e.result() == null ? null : ClassRecords.Result.valueOf(e.result().name()), e.literacyLevel(), e.note());
        }).toList();
        return new ClassRecords(k.course().title(), k.code(), k.course().centre().name(),
                k.teacher() == null ? k.guestSpeaker() : k.teacher().fullName(), k.startDate(), k.endDate(), starts, rows);
    }

    /** "ho-so-lop-BD-2026-LIT1-01.xlsx": the class code in plain ASCII. */
    static String fileName(ClassRecords records, String extension) {
        String plain = Normalizer.normalize(records.classCode(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9_-]+", "-");
        return "ho-so-lop-" + plain + "." + extension;
    }
}
