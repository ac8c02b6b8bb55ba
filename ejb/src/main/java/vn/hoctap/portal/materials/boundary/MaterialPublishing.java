package vn.hoctap.portal.materials.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.materials.control.ChangeStamps;
import vn.hoctap.portal.materials.control.MaterialDocuments;
import vn.hoctap.portal.materials.control.Uploads;
import vn.hoctap.portal.materials.entity.FileFacts;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialKind;
import vn.hoctap.portal.materials.entity.MaterialMetadata;
import vn.hoctap.portal.materials.entity.MaterialStatus;
import vn.hoctap.portal.materials.entity.MaterialVersion;
import vn.hoctap.portal.materials.entity.Publisher;
import vn.hoctap.portal.materials.entity.Subject;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.platform.PortalClock;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Centre managers (for their centre) and administrators (for the centres of their district or
 * city, or in the name of the district or city itself) publish materials: a draft from a file or
 * a link, its metadata, new file versions, and its status (draft → published → withdrawn, and
 * back). Nothing is stored when anything is wrong. A change the search index cares about takes a
 * change stamp and fires {@link MaterialPublished} or {@link MaterialWithdrawn} in its transaction.
 */
@Stateless
public class MaterialPublishing {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    InputValidation validation;

    @Inject
    Uploads uploads;

    @Inject
    ChangeStamps stamps;

    @Inject
    MaterialDocuments documents;

    @Inject
    Clock clock;

    @Inject
    Event<MaterialPublished> published;

    @Inject
    Event<MaterialWithdrawn> withdrawn;

    /**
     * A page's upload, before its form is saved: checked for size and type at once, and kept in
     * staging until {@link #createFile(MaterialForm, StagedFile)} or {@link #addVersion(long, StagedFile)}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StagedFile stage(String fileName, InputStream content) {
        requirePublisher(caller.require());
        Uploads.Checked checked = uploads.stage(fileName, content);
        return new StagedFile(checked.token(), checked.fileName(), checked.size(), checked.mediaType(), checked.format());
    }

    /** A new draft from a file staged by a page. */
    public long createFile(MaterialForm form, StagedFile file) {
        Account account = caller.require();
        Draft draft = draft(form, account, false);
        if (file == null) {
            throw InvalidInputException.of("file", "material.file.required");
        }
        FileFacts facts = uploads.take(file.token(), file.fileName());
        Material material = Material.file(draft.metadata(), draft.publisher(), facts, account, clock.instant());
        em.persist(material);
        em.flush();
        uploads.extractAfterCommit(material.current());
        return material.id();
    }

    /** A new draft from a file sent with its form (the API): the form is checked before the file is read. */
    public long createFile(MaterialForm form, String fileName, InputStream content) {
        draft(form, caller.require(), false);
        return createFile(form, stage(fileName, content));
    }

    /** A new draft that links to a video or a web page. */
    public long createLink(MaterialForm form) {
        Account account = caller.require();
        Draft draft = draft(form, account, true);
        Material material = Material.link(draft.metadata(), draft.publisher(), form.link(), form.linkKind(), account,
                clock.instant());
        em.persist(material);
        em.flush();
        return material.id();
    }

    private record Draft(MaterialMetadata metadata, Publisher publisher) {
    }

    /** Only centre managers and administrators publish; which centres, each centre decides. */
    private static void requirePublisher(Account account) {
        if (account.role() != Role.CENTRE_MANAGER && account.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }

    private Draft draft(MaterialForm form, Account account, boolean link) {
        requirePublisher(account);
        validation.require(form);
        if (link && (form.link() == null || form.link().isBlank())) {
            throw InvalidInputException.of("link", "material.link.invalid");
        }
        if (!link && form.link() != null && !form.link().isBlank()) {
            throw InvalidInputException.of("link", "material.link.notALink");
        }
        Publisher publisher;
        if (form.centreId() != null) {
            publisher = Publisher.centre(caller.requireManagerOf(form.centreId()));
        } else if (account.role() == Role.ADMIN) {
            publisher = Publisher.unit(account.adminUnit(), null);
        } else {
            throw InvalidInputException.of("centreId", "material.centre.required");
        }
        return new Draft(metadata(form), publisher);
    }

    private MaterialMetadata metadata(MaterialForm form) {
        Subject subject = em.createQuery("select s from Subject s where s.code = :code", Subject.class)
                .setParameter("code", form.subject()).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("subject", "material.subject.required"));
        return new MaterialMetadata(form.title(), form.description(), subject, form.audiences(), form.level(),
                form.language(), form.licence(), form.author(), form.published());
    }

    /** New metadata (and, for a link, a new address); the publisher stays. */
    public void describe(long materialId, MaterialForm form) {
        validation.require(form);
        Material material = managed(materialId);
        if (form.centreId() != null && (material.centre() == null || !material.centre().id().equals(form.centreId()))) {
            throw InvalidInputException.of("centreId", "material.centre.fixed");
        }
        if (material.kind() == MaterialKind.LINK) {
            material.relink(form.link(), form.linkKind());
        } else if (form.link() != null && !form.link().isBlank()) {
            throw InvalidInputException.of("link", "material.link.notALink");
        }
        material.describe(metadata(form), caller.require(), clock.instant());
        changed(material);
    }

    /** A new file for a file material; the earlier versions are kept. */
    public int addVersion(long materialId, StagedFile file) {
        Material material = managed(materialId);
        if (material.kind() != MaterialKind.FILE) {
            throw new vn.hoctap.portal.platform.BusinessException("material.version.notAFile");
        }
        if (file == null) {
            throw InvalidInputException.of("file", "material.file.required");
        }
        MaterialVersion version = material.addVersion(uploads.take(file.token(), file.fileName()), caller.require(),
                clock.instant());
        em.flush();
        uploads.extractAfterCommit(version);
        changed(material);
        return version.number();
    }

    /** A new file sent with the request (the API). */
    public int addVersion(long materialId, String fileName, InputStream content) {
        managed(materialId);
        return addVersion(materialId, stage(fileName, content));
    }

    /** Moves a material on: published (findable), withdrawn (gone from the public), back to draft. */
    public void move(long materialId, MaterialStatus next) {
        if (next == null) {
            throw InvalidInputException.of("status", "material.status.required");
        }
        Material material = managed(materialId);
        boolean wasPublished = material.isPublished();
        Instant now = clock.instant();
        material.moveTo(next, caller.require(), now, LocalDate.ofInstant(now, PortalClock.ZONE));
        if (material.isPublished()) {
            changed(material);
        } else if (wasPublished) {
            em.flush();
            material.stamp(stamps.next());
            withdrawn.fire(new MaterialWithdrawn(material.id()));
        }
    }

    /** A published material changed: a new stamp, and the index is told (the text as far as extracted). */
    private void changed(Material material) {
        if (material.isPublished()) {
            em.flush();
            material.stamp(stamps.next());
            published.fire(new MaterialPublished(documents.of(material)));
        }
    }

    private Material managed(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw new NotFoundException();
        }
        if (!material.mayBeManagedBy(caller.require())) {
            throw new AccessDeniedException();
        }
        return material;
    }
}
