package vn.hoctap.portal.web.events;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/**
 * The two addresses of an iCalendar feed: {@code https://…/api/feeds/…ics} to open or copy, and
 * the same as {@code webcal://…}, which a phone hands to its calendar app to subscribe.
 */
public record FeedLinks(String https, String webcal) implements Serializable {

    /** The feed at {@code /api/feeds/{path}.ics} of this portal, as the visitor reached it. */
    public static FeedLinks of(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String host = request.getServerName();
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        String authority = host + (defaultPort ? "" : ":" + port) + external.getRequestContextPath();
        String address = authority + "/api/feeds/" + path + ".ics";
        return new FeedLinks(request.getScheme() + "://" + address, "webcal://" + address);
    }
}
