package vn.hoctap.portal.materials.entity;

import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;

import java.util.Objects;

/**
 * Who publishes a material (Dublin Core "publisher"): a centre, or a district or city whose
 * administrators publish in its name. {@code name} is what readers see.
 */
public record Publisher(LearningCentre centre, AdministrativeUnit unit, String name) {

    public Publisher {
        if ((centre == null) == (unit == null)) {
            throw new IllegalArgumentException("a material is published by a centre or by a unit, exactly one");
        }
        Objects.requireNonNull(name);
        name = name.length() > 200 ? name.substring(0, 200) : name;
    }

    public static Publisher centre(LearningCentre centre) {
        return new Publisher(centre, null, centre.name());
    }

    /** A district or city; {@code name} as the material gives it (a department, an association), else the unit's. */
    public static Publisher unit(AdministrativeUnit unit, String name) {
        return new Publisher(null, unit, name == null || name.isBlank() ? unit.name() : name.strip());
    }
}
