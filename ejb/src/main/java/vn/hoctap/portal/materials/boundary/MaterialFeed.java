package vn.hoctap.portal.materials.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.materials.control.ChangeStamps;
import vn.hoctap.portal.materials.control.MaterialDocuments;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialStatus;

import java.util.List;

/**
 * What the search index reads to build itself and to catch up at start: the published materials
 * as {@link MaterialDocument}s (with their current version's text), in pages by id, and what
 * changed after a change stamp. Stamps only grow and become visible in order (see
 * {@code ChangeStamps}), so "remember {@link #latestStamp()} before reading, then ask
 * {@link #changedSince(long)} with it next time" never misses a change. Read only; no caller check
 * (published materials are public, withdrawn ones appear as ids only).
 */
@Stateless
public class MaterialFeed {

    /**
     * What changed after a stamp.
     *
     * @param published the materials now published that changed (new, metadata, version, text)
     * @param withdrawn ids of materials no longer published (withdrawn or back to draft)
     * @param stamp     the highest stamp among them, or the stamp asked with when nothing changed
     */
    public record Changes(List<MaterialDocument> published, List<Long> withdrawn, long stamp) {

        public Changes {
            published = List.copyOf(published);
            withdrawn = List.copyOf(withdrawn);
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ChangeStamps stamps;

    @Inject
    MaterialDocuments documents;

    public long publishedCount() {
        return em.createQuery("select count(m) from Material m where m.status = :published", Long.class)
                .setParameter("published", MaterialStatus.PUBLISHED).getSingleResult();
    }

    /** Up to {@code limit} published materials with ids above {@code afterId}, by id (keyset paging from 0). */
    public List<MaterialDocument> published(long afterId, int limit) {
        List<Material> page = em.createQuery("""
                        select m from Material m join fetch m.subject
                        where m.status = :published and m.id > :after order by m.id""", Material.class)
                .setParameter("published", MaterialStatus.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
        return documents.of(page);
    }

    public Changes changedSince(long stamp) {
        List<Material> changed = em.createQuery("""
                        select m from Material m join fetch m.subject
                        where m.changeStamp > :stamp order by m.changeStamp""", Material.class)
                .setParameter("stamp", stamp).getResultList();
        long highest = changed.stream().mapToLong(Material::changeStamp).max().orElse(stamp);
        return new Changes(documents.of(changed.stream().filter(Material::isPublished).toList()),
                changed.stream().filter(m -> !m.isPublished()).map(Material::id).toList(), highest);
    }

    /** The highest stamp given out so far. */
    public long latestStamp() {
        return stamps.latest();
    }
}
