package vn.hoctap.portal.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.search.boundary.IndexStatus;
import vn.hoctap.portal.search.boundary.MaterialSearch;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/** The administrators' page of the search index: what it holds, and a rebuild with its progress. */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    @Inject
    transient MaterialSearch search;

    private IndexStatus status;

    public void load() {
        status = search.status();
    }

    /** Polled while a rebuild runs. */
    public void refresh() {
        status = search.status();
    }

    public void rebuild() {
        try {
            status = search.rebuild();
            FacesMessages.info("search.index.rebuildStarted");
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    public boolean isRebuilding() {
        return status != null && status.lastRebuild() != null && status.lastRebuild().running();
    }

    public IndexStatus getStatus() {
        return status;
    }
}
