package vn.hoctap.portal.web.materials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoctap.portal.materials.boundary.MaterialDetail;
import vn.hoctap.portal.materials.boundary.MaterialForm;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.MaterialPublishing;
import vn.hoctap.portal.materials.boundary.StagedFile;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.materials.entity.Level;
import vn.hoctap.portal.materials.entity.Licence;
import vn.hoctap.portal.materials.entity.MaterialFormat;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;
import vn.hoctap.portal.web.platform.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * /manager/material-edit.xhtml: a new material (a file, uploaded with a progress bar and checked
 * at once, or a link), saved as a draft; or new details for one ({@code ?id=}). After saving, the
 * material's page shows its text extraction live.
 */
@Named
@ViewScoped
public class MaterialEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialPages pages;

    @Inject
    MaterialPublishing publishing;

    private Long id;
    private Long centre;
    private MaterialPages.Choices choices;
    private String kind = "FILE";
    private String title;
    private String description;
    private String subject;
    private Audience[] audiences = new Audience[0];
    private Level level = Level.BASIC;
    private String language = "vi";
    private Licence licence = Licence.CC_BY;
    private String author;
    private LocalDate published;
    private String link;
    private MaterialFormat linkKind = MaterialFormat.WEB_PAGE;
    private StagedFile staged;

    public void load() {
        if (choices != null) {
            return;
        }
        choices = pages.choices();
        if (id != null) {
            MaterialDetail m = pages.material(id);
            if (!m.manageable()) {
                throw new vn.hoctap.portal.platform.NotFoundException();
            }
            kind = m.link() == null ? "FILE" : "LINK";
            centre = m.centreId();
            title = m.title();
            description = m.description();
            subject = m.subject();
            audiences = m.audiences().stream().map(Audience::valueOf).toArray(Audience[]::new);
            level = Level.valueOf(m.level());
            language = m.language();
            licence = Licence.valueOf(m.licence());
            author = m.author();
            published = m.published();
            link = m.link();
            linkKind = m.link() == null ? MaterialFormat.WEB_PAGE : MaterialFormat.valueOf(m.format());
        } else if (centre == null && choices.unit() == null && choices.centres().size() == 1) {
            centre = choices.centres().get(0).id();
        }
    }

    /** The file arrives (the page showed its upload progress): checked and kept until the form is saved. */
    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            staged = publishing.stage(event.getFile().getFileName(), in);
        } catch (InvalidInputException invalid) {
            staged = null;
            FacesMessages.errors("material", invalid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String save() {
        boolean isLink = "LINK".equals(kind);
        var form = new MaterialForm(centre, title, description, subject,
                audiences.length == 0 ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(List.of(audiences)),
                level, language, licence, author, published, isLink ? link : null, isLink ? linkKind : null);
        try {
            long saved;
            if (id != null) {
                publishing.describe(id, form);
                saved = id;
                FacesMessages.infoAfterRedirect("material.updated");
            } else {
                saved = isLink ? publishing.createLink(form) : publishing.createFile(form, staged);
                FacesMessages.infoAfterRedirect("material.created");
            }
            return "/material.xhtml?faces-redirect=true&id=" + saved;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("material", invalid);
            return null;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public long getMaxMegabytes() {
        return pages.maxMegabytes();
    }

    public long getMaxBytes() {
        return getMaxMegabytes() * 1024 * 1024;
    }

    /** The choice without a centre: "on behalf of Quận Long Biên" for an administrator, else "choose". */
    public String getNoCentreLabel() {
        var locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return choices.unit() == null ? Texts.text(locale, "manage.choose")
                : Texts.text(locale, "material.publisherChoice.unit", choices.unit());
    }

    public MaterialPages.Choices getChoices() {
        return choices;
    }

    public Audience[] getAudienceChoices() {
        return Audience.values();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public String[] getLanguages() {
        return new String[]{"vi", "en", "fr", "zh", "km"};
    }

    public MaterialFormat[] getLinkKinds() {
        return new MaterialFormat[]{MaterialFormat.WEB_PAGE, MaterialFormat.VIDEO};
    }

    public StagedFile getStaged() {
        return staged;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** An array, not a list: so that Faces converts the ticked boxes to the enum. */
    public Audience[] getAudiences() {
        return audiences.clone();
    }

    public void setAudiences(Audience[] audiences) {
        this.audiences = audiences == null ? new Audience[0] : audiences.clone();
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public MaterialFormat getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(MaterialFormat linkKind) {
        this.linkKind = linkKind;
    }
}
