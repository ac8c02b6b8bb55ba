package vn.hoctap.portal.platform;

/** The caller may not do this (another centre's data, a role they do not have). Shown as 403. */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException() {
        super("error.forbidden");
    }
}
