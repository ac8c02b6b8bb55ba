package vn.hoctap.portal.platform;

/** What was asked for does not exist. Shown as 404. */
public class NotFoundException extends BusinessException {
    public NotFoundException() {
        super("error.notFound");
    }
}
