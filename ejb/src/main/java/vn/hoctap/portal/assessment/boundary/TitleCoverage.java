package vn.hoctap.portal.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.control.CoverageXlsx;
import vn.hoctap.portal.assessment.control.PopulationCsv;
import vn.hoctap.portal.assessment.control.TitleAccess;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.PopulationFigure;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.assessment.entity.TitleTarget;
import vn.hoctap.portal.enrolment.boundary.DocumentFile;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learning titles against the plan: targets per ward, year and title, and eligible population
 * per residential group (entered, or imported from CSV), entered by administrators above the
 * ward; coverage per residential group, ward and district (recognised titles against the eligible
 * population and the target), for the ward's reviewers and the administrators above; and the
 * public list of recognised titles per ward, showing only those whose holders agreed.
 */
@Stateless
public class TitleCoverage {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TitleAccess access;

    @Inject
    InputValidation validation;

    /** Coverage of a ward (lines per residential group) or a district (lines per ward) in a year. */
    public Coverage coverage(long unitId, int year) {
        AdministrativeUnit unit = em.find(AdministrativeUnit.class, unitId);
        if (unit == null || unit.level() == UnitLevel.CITY) {
            throw new NotFoundException();
        }
        access.statisticsOf(unit);
        return unit.level() == UnitLevel.WARD ? ward(unit, year) : district(unit, year);
    }

    public DocumentFile coverageXlsx(long unitId, int year) {
        Coverage coverage = coverage(unitId, year);
        return new DocumentFile("danh-hieu-hoc-tap-" + year + "-" + unitId + ".xlsx", CoverageXlsx.MEDIA_TYPE,
                CoverageXlsx.render(coverage));
    }

    private Coverage ward(AdministrativeUnit ward, int year) {
        List<ResidentialGroup> groups = groupsOf(List.of(ward));
        Map<String, Long> eligible = eligible(groups, year);
        Map<String, Long> recognised = recognised(groups, year);
        Map<TitleKind, Integer> targets = targets(ward, year);
        List<Coverage.Line> lines = new ArrayList<>();
        for (ResidentialGroup group : groups) {
            for (TitleKind kind : TitleKind.values()) {
                String key = group.id() + "|" + kind;
                lines.add(line(group.id(), group.name(), kind, recognised.getOrDefault(key, 0L), eligibleOf(eligible, key, kind),
                        targets.get(kind)));
            }
        }
        return new Coverage("WARD", ward.name(), ward.id(), year, lines, totals(ward, lines, targets));
    }

    private Coverage district(AdministrativeUnit district, int year) {
        List<AdministrativeUnit> wards = em.createQuery(
                        "select u from AdministrativeUnit u where u.parent = :d order by u.name", AdministrativeUnit.class)
                .setParameter("d", district).getResultList();
        List<Coverage.Line> lines = new ArrayList<>();
        for (AdministrativeUnit ward : wards) {
            Coverage one = ward(ward, year);
            one.totals().forEach(t -> lines.add(new Coverage.Line(ward.id(), ward.name(), t.kind(), t.recognised(), t.eligible(),
                    t.targetPercent(), t.targetCount(), t.percent())));
        }
        List<Coverage.Line> totals = new ArrayList<>();
        for (TitleKind kind : TitleKind.values()) {
            List<Coverage.Line> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
            long recognised = ofKind.stream().mapToLong(Coverage.Line::recognised).sum();
            long eligible = ofKind.stream().mapToLong(Coverage.Line::eligible).sum();
            boolean anyTarget = ofKind.stream().anyMatch(l -> l.targetCount() != null);
            long targetCount = ofKind.stream().filter(l -> l.targetCount() != null).mapToLong(Coverage.Line::targetCount).sum();
            totals.add(new Coverage.Line(district.id(), district.name(), kind, recognised, eligible, null,
                    anyTarget ? targetCount : null, percent(recognised, eligible)));
        }
        return new Coverage("DISTRICT", district.name(), district.id(), year, lines, totals);
    }

    private List<Coverage.Line> totals(AdministrativeUnit ward, List<Coverage.Line> lines, Map<TitleKind, Integer> targets) {
        List<Coverage.Line> totals = new ArrayList<>();
        for (TitleKind kind : TitleKind.values()) {
            long recognised = lines.stream().filter(l -> l.kind() == kind).mapToLong(Coverage.Line::recognised).sum();
            long eligible = lines.stream().filter(l -> l.kind() == kind).mapToLong(Coverage.Line::eligible).sum();
            totals.add(line(ward.id(), ward.name(), kind, recognised, eligible, targets.get(kind)));
        }
        return totals;
    }

    private static Coverage.Line line(long id, String area, TitleKind kind, long recognised, long eligible, Integer target) {
        Long targetCount = target == null ? null : (eligible * target + 99) / 100;
        return new Coverage.Line(id, area, kind, recognised, eligible, target, targetCount, percent(recognised, eligible));
    }

    private static Double percent(long recognised, long eligible) {
        return eligible == 0 ? null : Math.round(recognised * 1000.0 / eligible) / 10.0;
    }

    /** A residential group is one community: without a figure, its eligible count for the community title is 1. */
    private static long eligibleOf(Map<String, Long> eligible, String key, TitleKind kind) {
        Long figure = eligible.get(key);
        return figure != null ? figure : kind == TitleKind.COMMUNITY ? 1 : 0;
    }

    private List<ResidentialGroup> groupsOf(List<AdministrativeUnit> wards) {
        return em.createQuery("select g from ResidentialGroup g where g.ward in :w order by g.code", ResidentialGroup.class)
                .setParameter("w", wards).getResultList();
    }

    private Map<String, Long> eligible(List<ResidentialGroup> groups, int year) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from PopulationFigure p where p.group in :g and p.year = :y", PopulationFigure.class)
                .setParameter("g", groups).setParameter("y", year).getResultStream()
                .collect(Collectors.toMap(p -> p.group().id() + "|" + p.kind(), p -> (long) p.eligible()));
    }

    private Map<String, Long> recognised(List<ResidentialGroup> groups, int year) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("""
                        select a.residentialGroup.id, a.kind, count(a) from Assessment a
                        where a.residentialGroup in :g and a.year = :y and a.status = :s
                        group by a.residentialGroup.id, a.kind""", Object[].class)
                .setParameter("g", groups).setParameter("y", year).setParameter("s", AssessmentStatus.RECOGNISED)
                .getResultStream().forEach(r -> counts.put(r[0] + "|" + r[1], (Long) r[2]));
        return counts;
    }

    private Map<TitleKind, Integer> targets(AdministrativeUnit ward, int year) {
        return em.createQuery("select t from TitleTarget t where t.ward = :w and t.year = :y", TitleTarget.class)
                .setParameter("w", ward).setParameter("y", year).getResultStream()
                .collect(Collectors.toMap(TitleTarget::kind, TitleTarget::targetPercent));
    }

    /** The ward's targets of a year, per title (percent and deadline), for the administrators' form. */
    public List<TargetRow> targetsOf(long wardId, int year) {
        AdministrativeUnit ward = access.ward(wardId);
        access.administratorOf(ward);
        Map<TitleKind, TitleTarget> byKind = em.createQuery("select t from TitleTarget t where t.ward = :w and t.year = :y",
                        TitleTarget.class).setParameter("w", ward).setParameter("y", year).getResultStream()
                .collect(Collectors.toMap(TitleTarget::kind, Function.identity()));
        List<TargetRow> rows = new ArrayList<>();
        for (TitleKind kind : TitleKind.values()) {
            TitleTarget t = byKind.get(kind);
            rows.add(new TargetRow(kind, t == null ? null : t.targetPercent(), t == null ? null : t.deadline()));
        }
        return rows;
    }

    /** A title's target in a ward's plan. */
    public record TargetRow(TitleKind kind, Integer targetPercent, java.time.LocalDate deadline) implements java.io.Serializable {
    }

    /** Sets a ward's target (and deadline) for a title and year. */
    public void plan(TargetForm form) {
        validation.require(form);
        AdministrativeUnit ward = access.ward(form.ward());
        access.administratorOf(ward);
        TitleTarget target = em.createQuery(
                        "select t from TitleTarget t where t.ward = :w and t.year = :y and t.kind = :k", TitleTarget.class)
                .setParameter("w", ward).setParameter("y", form.year()).setParameter("k", form.kind())
                .getResultStream().findFirst().orElse(null);
        if (target == null) {
            target = new TitleTarget(ward, form.year(), form.kind());
            target.plan(form.targetPercent(), form.deadline());
            em.persist(target);
        } else {
            target.plan(form.targetPercent(), form.deadline());
        }
    }

    /** Sets a residential group's eligible population for a title and year. */
    public void count(PopulationForm form) {
        validation.require(form);
        ResidentialGroup group = em.find(ResidentialGroup.class, form.group());
        if (group == null) {
            throw new NotFoundException();
        }
        access.administratorOf(group.ward());
        store(group, form.year(), form.kind(), form.eligible());
    }

    /**
     * Imports eligible population figures from CSV ({@link PopulationCsv}) for the residential groups
     * under the caller (an administrator): all of them, or — when any line is broken — none, with
     * every broken line reported.
     */
    public ImportReport importPopulation(String csv) {
        Account admin = access.me();
        if (admin.role() != vn.hoctap.portal.identity.entity.Role.ADMIN) {
            throw new vn.hoctap.portal.platform.AccessDeniedException();
        }
        Map<String, ResidentialGroup> groups = em.createQuery("select g from ResidentialGroup g join fetch g.ward",
                        ResidentialGroup.class).getResultStream()
                .filter(g -> admin.mayManage(g.ward()))
                .collect(Collectors.toMap(ResidentialGroup::code, Function.identity()));
        PopulationCsv.Parsed parsed = PopulationCsv.parse(csv, groups::containsKey);
        if (!parsed.ok()) {
            return new ImportReport(0, parsed.errors().stream()
                    .map(e -> new ImportReport.LineError(e.line(), e.messageKey(), e.arguments())).toList());
        }
        parsed.rows().forEach(row -> store(groups.get(row.group()), row.year(), row.kind(), row.eligible()));
        return new ImportReport(parsed.rows().size(), List.of());
    }

    private void store(ResidentialGroup group, int year, TitleKind kind, int eligible) {
        PopulationFigure figure = em.createQuery(
                        "select p from PopulationFigure p where p.group = :g and p.year = :y and p.kind = :k", PopulationFigure.class)
                .setParameter("g", group).setParameter("y", year).setParameter("k", kind)
                .getResultStream().findFirst().orElse(null);
        if (figure == null) {
            figure = new PopulationFigure(group, year, kind);
            em.persist(figure);
        }
        figure.count(eligible);
    }

    /** The recognised titles of a ward (of a year, or every year), public: only those whose holders agreed to publish. */
    public List<RecognisedTitle> recognised(long wardId, Integer year) {
        AdministrativeUnit ward = access.ward(wardId);
        return em.createQuery("""
                        select a from Assessment a join fetch a.decision where a.ward = :w and a.status = :s
                          and a.publishConsent = true and (:y is null or a.year = :y)
                        order by a.year desc, a.kind, a.subjectName""", vn.hoctap.portal.assessment.entity.Assessment.class)
                .setParameter("w", ward).setParameter("s", AssessmentStatus.RECOGNISED).setParameter("y", year)
                .getResultStream()
                .map(a -> new RecognisedTitle(a.subjectName(), a.kind(), a.year(), a.residentialGroup().name(),
                        a.decision().number(), a.decision().decidedOn()))
                .toList();
    }

    /** Every ward with its district, for the public list's choice and the administrators' forms. */
    public List<TitleReviews.WardRow> allWards() {
        return em.createQuery("select u from AdministrativeUnit u left join fetch u.parent where u.level = :l order by u.name",
                        AdministrativeUnit.class).setParameter("l", UnitLevel.WARD).getResultStream()
                .map(w -> new TitleReviews.WardRow(w.id(), w.name(), w.parent() == null ? null : w.parent().id(),
                        w.parent() == null ? null : w.parent().name()))
                .toList();
    }

    /** The residential groups of a ward, for the population form. */
    public List<GroupRow> groups(long wardId) {
        AdministrativeUnit ward = access.ward(wardId);
        return groupsOf(List.of(ward)).stream().map(g -> new GroupRow(g.id(), g.code(), g.name())).toList();
    }

    public record GroupRow(long id, String code, String name) implements java.io.Serializable {
    }

    /**
     * The demo content's plan: eligible population ({@link PopulationCsv}) and targets
     * ({@code year,ward code,kind,targetPercent}), loaded once — when no population figure is
     * stored yet. A broken line refuses the whole content with the lines named.
     *
     * @return true when loaded
     */
    public boolean importPlanIfAbsent(String populationCsv, String targetsCsv) {
        if (em.createQuery("select count(p) from PopulationFigure p", Long.class).getSingleResult() > 0) {
            return false;
        }
        Map<String, ResidentialGroup> groups = em.createQuery("select g from ResidentialGroup g", ResidentialGroup.class)
                .getResultStream().collect(Collectors.toMap(ResidentialGroup::code, Function.identity()));
        PopulationCsv.Parsed population = PopulationCsv.parse(populationCsv, groups::containsKey);
        if (!population.ok()) {
            throw new IllegalArgumentException("population: " + population.errors());
        }
        population.rows().forEach(row -> store(groups.get(row.group()), row.year(), row.kind(), row.eligible()));
        Map<String, AdministrativeUnit> wards = em.createQuery("select u from AdministrativeUnit u where u.level = :l",
                        AdministrativeUnit.class).setParameter("l", UnitLevel.WARD).getResultStream()
                .collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
        String[] lines = targetsCsv == null ? new String[0] : targetsCsv.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("year")) {
                continue;
            }
            String[] cells = line.split(",");
            AdministrativeUnit ward = cells.length == 4 ? wards.get(cells[1].strip()) : null;
            if (ward == null) {
                throw new IllegalArgumentException("targets line " + (i + 1) + ": expected year,ward,kind,targetPercent with a known ward");
            }
            TitleTarget target = new TitleTarget(ward, Integer.parseInt(cells[0].strip()), TitleKind.valueOf(cells[2].strip()));
            target.plan(Integer.parseInt(cells[3].strip()), null);
            em.persist(target);
        }
        return true;
    }
}
