package vn.hoctap.portal.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.RsvpView;
import vn.hoctap.portal.events.boundary.Rsvps;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** /me/events.xhtml: my registrations (upcoming first), cancelling one, and my private calendar feed. */
@Named
@RequestScoped
public class MyEventsView {

    @Inject
    Rsvps rsvps;

    @Inject
    Clock clock;

    private List<RsvpView> mine;

    public void load() {
        LocalDateTime now = LocalDateTime.now(clock);
        // upcoming ones first, the soonest on top; then those past, the latest on top
        List<RsvpView> standing = rsvps.mine().stream().filter(r -> r.status() != RsvpStatus.CANCELLED).toList();
        List<RsvpView> upcoming = standing.stream().filter(r -> r.endsAt().isAfter(now))
                .sorted(Comparator.comparing(RsvpView::startsAt)).toList();
        List<RsvpView> past = standing.stream().filter(r -> !r.endsAt().isAfter(now))
                .sorted(Comparator.comparing(RsvpView::startsAt).reversed()).toList();
        mine = java.util.stream.Stream.concat(upcoming.stream(), past.stream()).toList();
    }

    public List<RsvpView> getRsvps() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public boolean upcoming(RsvpView rsvp) {
        return rsvp.endsAt().isAfter(LocalDateTime.now(clock));
    }

    public String placeText(Integer place) {
        return place == null ? "" : FacesMessages.text("events.page.rsvp.place", place);
    }

    public String cancel(long rsvpId) {
        Boolean done = FacesMessages.refusalsShown("my-events", () -> {
            rsvps.cancel(rsvpId);
            return Boolean.TRUE;
        });
        if (done == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.rsvp.cancelled");
        return "/me/events.xhtml?faces-redirect=true";
    }

    /** My private feed: /api/feeds/me/{token}.ics, the token being the key. */
    public FeedLinks getFeed() {
        return FeedLinks.of("me/" + rsvps.feedToken());
    }
}
