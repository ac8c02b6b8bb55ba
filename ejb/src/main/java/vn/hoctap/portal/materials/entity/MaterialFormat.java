package vn.hoctap.portal.materials.entity;

/**
 * What a material is: one of the file formats the portal accepts (checked by content, never by
 * the file's name), or a link.
 */
public enum MaterialFormat {
    PDF, DOCX, ODT, PPTX, XLSX, HTML, TXT, EPUB, VIDEO, WEB_PAGE;

    public boolean isLink() {
        return this == VIDEO || this == WEB_PAGE;
    }
}
