package vn.hoctap.portal.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;
import java.util.Objects;

/** A subject of the materials (literacy, health, law…): reference data from content/subjects.yaml. */
@Entity
@Table(name = "subject")
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** Place in lists: the order of the reference file. */
    @Column(nullable = false)
    private int position;

    protected Subject() {
    }

    public Subject(String code, String nameVi, String nameEn, int position) {
        this.code = Objects.requireNonNull(code);
        this.nameVi = Objects.requireNonNull(nameVi);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.position = position;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
