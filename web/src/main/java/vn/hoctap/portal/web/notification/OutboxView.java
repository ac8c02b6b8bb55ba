package vn.hoctap.portal.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.notification.boundary.OutboxMonitor;
import vn.hoctap.portal.notification.boundary.OutboxRow;
import vn.hoctap.portal.notification.entity.OutboxMail;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.util.List;
import java.util.Map;

/** The outbox for administrators: counts by status, the newest mails a page at a time, filters in the address. */
@Named
@RequestScoped
public class OutboxView {

    @Inject
    OutboxMonitor monitor;

    private OutboxMail.Status status;
    private int page;
    private List<OutboxRow> mails;
    private Map<OutboxMail.Status, Long> counts;

    public void load() {
        counts = monitor.counts();
        mails = monitor.mails(status, page);
    }

    public String retry(long id) {
        try {
            monitor.retry(id);
            FacesMessages.infoAfterRedirect("outbox.retried");
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
        return "/manager/outbox.xhtml?faces-redirect=true&status=FAILED";
    }

    public boolean isLastPage() {
        return mails.size() < OutboxMonitor.PAGE_SIZE;
    }

    public OutboxMail.Status[] getStatuses() {
        return OutboxMail.Status.values();
    }

    public OutboxMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMail.Status status) {
        this.status = status;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public List<OutboxRow> getMails() {
        return mails;
    }

    public Map<OutboxMail.Status, Long> getCounts() {
        return counts;
    }
}
