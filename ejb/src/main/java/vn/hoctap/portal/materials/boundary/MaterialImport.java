package vn.hoctap.portal.materials.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.materials.control.ChangeStamps;
import vn.hoctap.portal.materials.control.MaterialDocuments;
import vn.hoctap.portal.materials.control.Uploads;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.materials.entity.Level;
import vn.hoctap.portal.materials.entity.Licence;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialFormat;
import vn.hoctap.portal.materials.entity.MaterialMetadata;
import vn.hoctap.portal.materials.entity.MaterialStatus;
import vn.hoctap.portal.materials.entity.Publisher;
import vn.hoctap.portal.materials.entity.Subject;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the subjects and the demo materials of {@code content/}, once: what exists (subjects by
 * code, materials by key) stays as it is. Each material's file goes the way of an upload (size
 * and type checked by content, stored by its hash, text extracted in the background after the
 * commit), and a published one is announced with {@link MaterialPublished}. One call, one
 * material, one transaction: a broken file leaves out that material only.
 */
@Stateless
public class MaterialImport {

    private static final Logger LOG = Logger.getLogger(MaterialImport.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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

    /** @return the number of subjects added */
    public int importSubjects(java.util.List<MaterialContent.Subject> subjects) {
        int added = 0;
        int position = 0;
        for (var s : subjects) {
            position++;
            if (em.createQuery("select count(s) from Subject s where s.code = :code", Long.class)
                    .setParameter("code", s.code()).getSingleResult() == 0) {
                em.persist(new Subject(s.code(), s.nameVi(), s.nameEn(), position));
                added++;
            }
        }
        return added;
    }

    /** @return true when the material was added, false when one with its key exists */
    public boolean importIfAbsent(MaterialContent.Item item) {
        if (em.createQuery("select count(m) from Material m where m.contentKey = :key", Long.class)
                .setParameter("key", item.key()).getSingleResult() > 0) {
            return false;
        }
        Subject subject = em.createQuery("select s from Subject s where s.code = :code", Subject.class)
                .setParameter("code", item.subject()).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subject " + item.subject()));
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        item.audiences().forEach(a -> audiences.add(Audience.valueOf(a)));
        MaterialMetadata metadata = new MaterialMetadata(item.title(), item.description(), subject, audiences,
                Level.valueOf(item.level()), item.language(), Licence.valueOf(item.licence()), item.author(),
                item.published());
        Instant now = clock.instant();
        Material material;
        if (item.file() != null) {
            String name = item.file().getFileName().toString();
            try (InputStream in = Files.newInputStream(item.file())) {
                var staged = uploads.stage(name, in);
                material = Material.file(metadata, publisher(item), uploads.take(staged.token(), name), null, now);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            material = Material.link(metadata, publisher(item), item.link(), MaterialFormat.valueOf(item.linkKind()), null, now);
        }
        material.loadedAs(item.key());
        MaterialStatus status = MaterialStatus.valueOf(item.status());
        LocalDate day = item.published() != null ? item.published() : LocalDate.now(clock);
        if (status != MaterialStatus.DRAFT) {
            material.moveTo(MaterialStatus.PUBLISHED, null, now, day);
        }
        if (status == MaterialStatus.WITHDRAWN) {
            material.moveTo(MaterialStatus.WITHDRAWN, null, now, day);
        }
        em.persist(material);
        em.flush();
        if (material.current() != null) {
            uploads.extractAfterCommit(material.current());
        }
        if (status != MaterialStatus.DRAFT) {
            material.stamp(stamps.next());
        }
        if (material.isPublished()) {
            published.fire(new MaterialPublished(documents.of(material, "")));
        }
        return true;
    }

    /**
     * A centre by its code; else the district or city the publisher names (its code, or its name
     * within the text), in the publisher's own words; else the city, in those words.
     */
    private Publisher publisher(MaterialContent.Item item) {
        if (item.centre() != null) {
            return Publisher.centre(em.createQuery("select c from LearningCentre c where c.code = :code", LearningCentre.class)
                    .setParameter("code", item.centre()).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no centre " + item.centre())));
        }
        if (item.publisher() == null) {
            throw new IllegalArgumentException(item.key() + ": give 'centre' or 'publisher'");
        }
        String text = item.publisher().toLowerCase(java.util.Locale.ROOT);
        var units = em.createQuery("select u from AdministrativeUnit u order by u.id", AdministrativeUnit.class).getResultList();
        var named = units.stream()
                .filter(u -> u.code().equals(item.publisher()) || text.contains(u.name().toLowerCase(java.util.Locale.ROOT)))
                .filter(u -> u.level() != vn.hoctap.portal.organisation.entity.UnitLevel.WARD)
                .max(java.util.Comparator.comparingInt(u -> u.name().length()));
        if (named.isPresent()) {
            // "Phòng GDĐT quận Long Biên" publishes for Quận Long Biên, under its own name
            return Publisher.unit(named.get(), item.publisher().equals(named.get().code()) ? null : item.publisher());
        }
        AdministrativeUnit city = units.stream().filter(u -> u.parent() == null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no city to publish " + item.key() + " for"));
        LOG.fine(() -> item.key() + ": published by '" + item.publisher() + "' for " + city.name());
        return Publisher.unit(city, item.publisher());
    }
}
