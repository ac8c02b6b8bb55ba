package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.EventPages;
import vn.hoctap.portal.events.boundary.EventPlanning;
import vn.hoctap.portal.web.platform.FacesMessages;
import vn.hoctap.portal.web.platform.PagedRows;

import java.io.Serializable;

/** /manager/events.xhtml: the events the caller organises, page by page and sortable; cancelling one. */
@Named
@ViewScoped
public class ManagedEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPages pages;

    @Inject
    EventPlanning planning;

    private boolean upcomingOnly = true;
    private PagedRows<EventPages.ManagedEventRow> events;

    public void load() {
        if (events == null) {
            events = new PagedRows<>((page, size, sort, ascending) -> {
                var rows = pages.managedEvents(upcomingOnly, sort, sort == null || ascending, page, size);
                return new PagedRows.Page<>(rows.rows(), rows.total());
            }, EventPages.ManagedEventRow::id);
        }
    }

    public String cancel(long eventId) {
        Boolean done = FacesMessages.refusalsShown("list", () -> {
            planning.cancel(eventId);
            return Boolean.TRUE;
        });
        if (done == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.manage.cancelled");
        return "/manager/events.xhtml?faces-redirect=true";
    }

    public PagedRows<EventPages.ManagedEventRow> getEvents() {
        return events;
    }

    public boolean isUpcomingOnly() {
        return upcomingOnly;
    }

    public void setUpcomingOnly(boolean upcomingOnly) {
        this.upcomingOnly = upcomingOnly;
    }
}
