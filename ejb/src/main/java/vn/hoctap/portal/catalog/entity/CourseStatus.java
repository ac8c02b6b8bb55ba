package vn.hoctap.portal.catalog.entity;

import java.util.EnumSet;
import java.util.Set;

/** draft → published → running → completed, and cancelled from any but the end. */
public enum CourseStatus {
    DRAFT, PUBLISHED, RUNNING, COMPLETED, CANCELLED;

    public Set<CourseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(CourseStatus.class);
        };
    }

    /** Residents see published and running courses in the catalog. */
    public boolean visibleInCatalog() {
        return this == PUBLISHED || this == RUNNING;
    }
}
