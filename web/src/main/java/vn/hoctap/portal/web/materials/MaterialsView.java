package vn.hoctap.portal.web.materials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.MaterialQuery;
import vn.hoctap.portal.materials.boundary.MaterialRow;
import vn.hoctap.portal.web.platform.PagedRows;

import java.io.Serializable;

/**
 * /manager/materials.xhtml: the caller's materials (of one centre with {@code ?centre=}), page by
 * page from the database, sortable, filtered by status, with each one's text extraction; the
 * table refreshes itself while an extraction on the page is under way.
 */
@Named
@ViewScoped
public class MaterialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialPages pages;

    private Long centre;
    private String status;
    private PagedRows<MaterialRow> materials;

    public void load() {
        if (materials == null) {
            materials = new PagedRows<>((page, size, sort, ascending) -> {
                var list = pages.managed(new MaterialQuery(centre, status, sort, ascending, page, size));
                return new PagedRows.Page<>(list.rows(), list.total());
            }, MaterialRow::id);
        }
    }

    /** True while a material on the page waits for or is in its text extraction. */
    public boolean isWorking() {
        return materials != null && materials.current().stream()
                .anyMatch(row -> row.extraction() != null && !row.extraction().finished());
    }

    public PagedRows<MaterialRow> getMaterials() {
        return materials;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String[] getStatuses() {
        return new String[]{"DRAFT", "PUBLISHED", "WITHDRAWN"};
    }
}
