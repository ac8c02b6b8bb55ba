package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.platform.BusinessException;

import java.util.List;

/** Planned sessions clash with booked ones; nothing was stored. Each clash names the other class. */
public class ScheduleClashException extends BusinessException {

    private final transient List<Clash> clashes;

    public ScheduleClashException(List<Clash> clashes) {
        super("schedule.clash", clashes.size());
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }

    /** True when accepting a shared venue would resolve every clash. */
    public boolean onlyVenueClashes() {
        return clashes.stream().allMatch(Clash::overridable);
    }
}
