package vn.hoctap.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.materials.boundary.MaterialPublished;
import vn.hoctap.portal.materials.boundary.MaterialWithdrawn;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Inside the server, for MaterialEventsIT: the materials' events as the search index will observe them, after commit. */
@ApplicationScoped
public class MaterialEventsRecorder {

    private final List<MaterialDocument> published = new CopyOnWriteArrayList<>();
    private final List<Long> withdrawn = new CopyOnWriteArrayList<>();

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialPublished event) {
        published.add(event.document());
    }

    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialWithdrawn event) {
        withdrawn.add(event.materialId());
    }

    public List<MaterialDocument> published(long materialId) {
        return published.stream().filter(d -> d.id() == materialId).toList();
    }

    public boolean withdrawn(long materialId) {
        return withdrawn.contains(materialId);
    }
}
