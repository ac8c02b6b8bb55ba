package vn.hoctap.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.platform.PortalClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the portal writes them: dd/MM/yyyy in Asia/Ho_Chi_Minh. */
@Named
@RequestScoped
public class Today {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PortalClock.ZONE);
    public static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(PortalClock.ZONE);

    @Inject
    Clock clock;

    public String getDate() {
        return DATE.format(LocalDate.now(clock));
    }
}
