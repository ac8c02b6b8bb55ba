package vn.hoctap.portal.web.materials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoctap.portal.materials.boundary.MaterialDetail;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.MaterialPublishing;
import vn.hoctap.portal.materials.entity.MaterialStatus;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * /material.xhtml?id=…: a material's page — its description, a preview (a PDF in the browser's
 * viewer, the beginning of the text of other files, the address of a link) and the download.
 * Its managers also see the text extraction (refreshed while it runs), the versions and the
 * history, upload a new version and move it through its life.
 */
@Named
@ViewScoped
public class MaterialView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialPages pages;

    @Inject
    MaterialPublishing publishing;

    private Long id;
    private MaterialDetail material;

    public void load() {
        if (material == null) {
            if (id == null) {
                throw new vn.hoctap.portal.platform.NotFoundException();
            }
            material = pages.material(id);
        }
    }

    /** Reads the material again (the poll while its text is extracted). */
    public void refresh() {
        material = pages.material(id);
    }

    /** True while the current version's text is still being extracted (the page keeps asking). */
    public boolean isExtracting() {
        return material.extraction() != null && !material.extraction().finished();
    }

    public void uploadVersion(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            int version = publishing.addVersion(id, publishing.stage(event.getFile().getFileName(), in));
            FacesMessages.info("material.versionAdded", version);
            refresh();
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("versions-form", invalid);
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String publish() {
        return move(MaterialStatus.PUBLISHED);
    }

    public String withdraw() {
        return move(MaterialStatus.WITHDRAWN);
    }

    public String toDraft() {
        return move(MaterialStatus.DRAFT);
    }

    private String move(MaterialStatus next) {
        try {
            publishing.move(id, next);
            FacesMessages.infoAfterRedirect("material.moved", FacesMessages.text("material.status." + next.name()));
            return "/material.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public boolean isPdf() {
        return "PDF".equals(material.format());
    }

    public boolean isLink() {
        return material.link() != null;
    }

    public String getFileUrl() {
        return "api/materials/" + id + "/file";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MaterialDetail getMaterial() {
        return material;
    }
}
