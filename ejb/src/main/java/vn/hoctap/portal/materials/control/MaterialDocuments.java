package vn.hoctap.portal.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.materials.entity.ExtractionStatus;
import vn.hoctap.portal.materials.entity.Material;
import vn.hoctap.portal.materials.entity.MaterialText;
import vn.hoctap.portal.materials.entity.MaterialVersion;

import java.util.List;

/** A material as the search index holds it: its metadata and its current version's text. */
@ApplicationScoped
public class MaterialDocuments {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public MaterialDocument of(Material material) {
        MaterialVersion current = material.current();
        String text = "";
        if (current != null && current.extraction() == ExtractionStatus.DONE) {
            MaterialText found = em.find(MaterialText.class, current.id());
            text = found == null ? "" : found.content();
        }
        return of(material, text);
    }

    public MaterialDocument of(Material material, String text) {
        return new MaterialDocument(material.id(), Math.max(1, material.currentVersion()), material.title(),
                material.description(), text, material.subject().code(),
                material.audiences().stream().map(Enum::name).toList(), material.level().name(), material.language(),
                material.licence().name(), material.format().name(), material.author(),
                material.centre() == null ? null : material.centre().id(), material.publisherName(),
                material.publishedOn());
    }

    /** Several at once: the texts of their current versions read in one query. */
    public List<MaterialDocument> of(List<Material> materials) {
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        if (!materials.isEmpty()) {
            em.createQuery("""
                            select v.material.id, t.content from MaterialVersion v, MaterialText t
                            where t.versionId = v.id and v.number = v.material.currentVersion and v.material.id in :ids""",
                            Object[].class)
                    .setParameter("ids", materials.stream().map(Material::id).toList()).getResultList()
                    .forEach(row -> texts.put((Long) row[0], (String) row[1]));
        }
        return materials.stream().map(m -> of(m, texts.getOrDefault(m.id(), ""))).toList();
    }
}
