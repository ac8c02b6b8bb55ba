package vn.hoctap.portal.identity.entity;

/** What an account may do; each account has exactly one role. */
public enum Role {
    RESIDENT, TEACHER, CENTRE_MANAGER, ADMIN;

    /** Role names as declared to the container. */
    public static final String RESIDENT_NAME = "RESIDENT";
    public static final String TEACHER_NAME = "TEACHER";
    public static final String CENTRE_MANAGER_NAME = "CENTRE_MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
