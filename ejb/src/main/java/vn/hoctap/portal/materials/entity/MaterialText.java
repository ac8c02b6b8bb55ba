package vn.hoctap.portal.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** The text extracted from one file version, in a table of its own so that lists never load it. */
@Entity
@Table(name = "material_text")
public class MaterialText {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    protected MaterialText() {
    }

    public MaterialText(long versionId, String content) {
        this.versionId = versionId;
        this.content = Objects.requireNonNull(content);
    }

    public String content() {
        return content;
    }
}
