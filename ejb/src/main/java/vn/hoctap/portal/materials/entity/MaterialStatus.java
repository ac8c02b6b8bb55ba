package vn.hoctap.portal.materials.entity;

import java.util.EnumSet;
import java.util.Set;

/** draft → published → withdrawn; a withdrawn material is published again or reworked as a draft. */
public enum MaterialStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public Set<MaterialStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(PUBLISHED, DRAFT);
        };
    }
}
