package vn.hoctap.portal.materials.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.materials.control.ContentStore;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialStatus;
import vn.hoctap.portal.materials.entity.MaterialStep;
import vn.hoctap.portal.materials.entity.MaterialVersion;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the material pages and the API read: a material's page (public when published, else for
 * its managers only — to anyone else it does not exist), its file, the extraction's progress, a
 * manager's list of materials, and the choices of the material form.
 */
@Stateless
public class MaterialPages {

    /** Characters of extracted text shown on a material's page. */
    static final int EXCERPT = 1500;

    private static final Map<String, String> SORTS = Map.of(
            "title", "m.title", "published", "m.publishedOn", "status", "m.status", "id", "m.id");

    /** The form's choices: subjects, the centres the caller manages, and their own unit for administrators. */
    public record Choices(List<SubjectRow> subjects, List<CentreOption> centres, String unit) {

        public Choices {
            subjects = List.copyOf(subjects);
            centres = List.copyOf(centres);
        }
    }

    /** A centre a material can be published for. */
    public record CentreOption(long id, String name) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ContentStore store;

    /** The largest file a material may have, in megabytes, for the pages to say. */
    public long maxMegabytes() {
        return ContentStore.maxBytes() / (1024 * 1024);
    }

    public List<SubjectRow> subjects() {
        return em.createQuery("""
                select new vn.hoctap.portal.materials.boundary.SubjectRow(s.code, s.nameVi, s.nameEn)
                from Subject s order by s.position, s.code""", SubjectRow.class).getResultList();
    }

    public Choices choices() {
        Account account = requirePublisher();
        return new Choices(subjects(), managedCentres(account).stream()
                .map(c -> new CentreOption(c.id(), c.name())).toList(),
                account.role() == Role.ADMIN ? account.adminUnit().name() : null);
    }

    public MaterialDetail material(long id) {
        Material material = visible(id);
        boolean manageable = caller.current().map(material::mayBeManagedBy).orElse(false);
        MaterialVersion current = material.current();
        String excerpt = current == null ? "" : excerpt(current);
        return new MaterialDetail(material.id(), material.title(), material.description(), material.subject().code(),
                material.subject().nameVi(), material.subject().nameEn(),
                material.audiences().stream().map(Enum::name).toList(), material.level().name(), material.language(),
                material.licence().name(), material.author(),
                material.centre() == null ? null : material.centre().id(), material.publisherName(),
                material.publishedOn(), material.format().name(), material.status().name(), material.linkUrl(),
                current == null ? null : new MaterialDetail.CurrentFile(current.number(), current.fileName(),
                        current.size(), current.mediaType()),
                excerpt, manageable,
                manageable && current != null ? state(current) : null,
                manageable ? newestFirst(material.versions()).stream().map(this::versionRow).toList() : List.of(),
                manageable ? newestFirst(material.steps()).stream().map(MaterialPages::stepRow).toList() : List.of());
    }

    /** The current version's extraction (for its managers, while they wait). */
    public ExtractionState extraction(long id) {
        Material material = managedOrNotFound(id);
        MaterialVersion current = material.current();
        if (current == null) {
            throw new NotFoundException();
        }
        return state(current);
    }

    /**
     * The file of the current version (anyone, when published), or of an earlier one (its managers).
     *
     * @param version null for the current one
     */
    public MaterialFile file(long id, Integer version) {
        Material material = version == null ? visible(id) : managedOrNotFound(id);
        MaterialVersion file = version == null ? material.current() : material.version(version);
        if (file == null) {
            throw new NotFoundException();
        }
        return new MaterialFile(store.file(file.sha256()), file.mediaType(), file.fileName(), file.size(),
                file.sha256(), file.number());
    }

    public MaterialList managed(MaterialQuery query) {
        Account account = requirePublisher();
        int size = Math.max(1, Math.min(query.size(), 100));
        int page = Math.max(0, query.page());
        List<Long> centres;
        List<Long> units;
        if (query.centreId() != null) {
            centres = List.of(caller.requireManagerOf(query.centreId()).id());
            units = List.of(-1L);
        } else {
            centres = managedCentres(account).stream().map(LearningCentre::id).toList();
            units = managedUnits(account);
        }
        MaterialStatus status = status(query.status());
        String where = """
                from Material m left join m.centre c left join m.unit u
                where (c.id in :centres or u.id in :units) and (:anyStatus = true or m.status = :status)""";
        long total = em.createQuery("select count(m) " + where, Long.class)
                .setParameter("centres", centres.isEmpty() ? List.of(-1L) : centres).setParameter("units", units)
                .setParameter("anyStatus", status == null).setParameter("status", status == null ? MaterialStatus.DRAFT : status)
                .getSingleResult();
        String order = SORTS.getOrDefault(query.sort() == null ? "id" : query.sort(), "m.id");
        boolean ascending = query.sort() != null && SORTS.containsKey(query.sort()) && query.ascending();
        List<Material> materials = em.createQuery("select m " + where + " order by " + order
                        + (ascending ? " asc" : " desc") + ", m.id desc", Material.class)
                .setParameter("centres", centres.isEmpty() ? List.of(-1L) : centres).setParameter("units", units)
                .setParameter("anyStatus", status == null).setParameter("status", status == null ? MaterialStatus.DRAFT : status)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new MaterialList(total, page, size, materials.stream().map(this::row).toList());
    }

    private static MaterialStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MaterialStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "material.status.required");
        }
    }

    private MaterialRow row(Material m) {
        MaterialVersion current = m.current();
        return new MaterialRow(m.id(), m.title(), m.format().name(), m.status().name(), m.subject().nameVi(),
                m.subject().nameEn(), m.publisherName(), m.publishedOn(), m.currentVersion(),
                current == null ? null : state(current));
    }

    private Account requirePublisher() {
        Account account = caller.require();
        if (account.role() != Role.CENTRE_MANAGER && account.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
        return account;
    }

    private List<LearningCentre> managedCentres(Account account) {
        return em.createQuery("select c from LearningCentre c join fetch c.ward order by c.name", LearningCentre.class)
                .getResultStream().filter(account::mayManage).toList();
    }

    private List<Long> managedUnits(Account account) {
        List<Long> units = em.createQuery("select u from AdministrativeUnit u", AdministrativeUnit.class)
                .getResultStream().filter(account::mayManage).map(AdministrativeUnit::id).toList();
        return units.isEmpty() ? List.of(-1L) : units;
    }

    /** A published material for anyone; any other for its managers; for everyone else it does not exist. */
    private Material visible(long id) {
        Material material = em.find(Material.class, id);
        if (material == null) {
            throw new NotFoundException();
        }
        if (!material.isPublished() && !caller.current().map(material::mayBeManagedBy).orElse(false)) {
            throw new NotFoundException();
        }
        return material;
    }

    private Material managedOrNotFound(long id) {
        Material material = em.find(Material.class, id);
        if (material == null || !caller.current().map(material::mayBeManagedBy).orElse(false)) {
            throw new NotFoundException();
        }
        return material;
    }

    private static <T> List<T> newestFirst(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The beginning of a version's text, read without loading the rest of it. */
    private String excerpt(MaterialVersion version) {
        List<?> found = em.createNativeQuery("select substring(content, 1, ?) from material_text where version_id = ?")
                .setParameter(1, EXCERPT + 1).setParameter(2, version.id()).getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            return "";
        }
        String content = found.get(0).toString();
        if (content.length() <= EXCERPT) {
            return content;
        }
        int cut = content.lastIndexOf(' ', EXCERPT);
        return content.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    private static ExtractionState state(MaterialVersion v) {
        return new ExtractionState(v.material().id(), v.number(), v.extraction().name(),
                v.failure() == null ? null : v.failure().name(), v.percent(), v.pagesDone(), v.pagesTotal(),
                v.characters(), v.textTruncated());
    }

    private MaterialDetail.VersionRow versionRow(MaterialVersion v) {
        return new MaterialDetail.VersionRow(v.number(), v.fileName(), v.size(), v.mediaType(), v.format().name(),
                v.uploadedAt(), v.uploadedBy() == null ? null : v.uploadedBy().fullName(), state(v));
    }

    private static MaterialDetail.StepRow stepRow(MaterialStep step) {
        return new MaterialDetail.StepRow(step.action().name(), step.status().name(), step.versionNumber(),
                step.doneBy() == null ? null : step.doneBy().fullName(), step.doneAt());
    }
}
