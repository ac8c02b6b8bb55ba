package vn.hoctap.portal.events.boundary;

import java.util.List;

/** One page of events and how many match in all. */
public record EventPage(List<EventCard> items, long total, int page, int size) {

    public long pages() {
        return (total + size - 1) / size;
    }
}
