package vn.hoctap.portal.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hoctap.portal.identity.entity.Account;

import java.time.Instant;
import java.util.Objects;

/** One step of a material's life: what happened, the status it left, who did it and when. */
@Entity
@Table(name = "material_step")
public class MaterialStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id", nullable = false)
    private Material material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MaterialAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialStatus status;

    @Column(name = "version_number")
    private Integer versionNumber;

    /** Null for the demo content loaded at start. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "done_by")
    private Account doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected MaterialStep() {
    }

    MaterialStep(Material material, MaterialAction action, MaterialStatus status, Integer versionNumber,
                 Account doneBy, Instant doneAt) {
        this.material = material;
        this.action = Objects.requireNonNull(action);
        this.status = Objects.requireNonNull(status);
        this.versionNumber = versionNumber;
        this.doneBy = doneBy;
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public MaterialAction action() {
        return action;
    }

    public MaterialStatus status() {
        return status;
    }

    public Integer versionNumber() {
        return versionNumber;
    }

    public Account doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
