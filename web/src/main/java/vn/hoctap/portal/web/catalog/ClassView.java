package vn.hoctap.portal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.ClassDetail;
import vn.hoctap.portal.catalog.boundary.ClassPages;
import vn.hoctap.portal.platform.NotFoundException;

/** A class's public page. */
@Named
@RequestScoped
public class ClassView {

    @Inject
    ClassPages pages;

    private Long id;
    private ClassDetail detail;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = pages.detail(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClassDetail getDetail() {
        return detail;
    }
}
