package vn.hoctap.portal.organisation.boundary;

import java.util.List;

/** A ward with its district and residential groups, as a sign-up form offers them. */
public record WardChoice(long id, String name, String district, List<GroupChoice> groups) {

    public record GroupChoice(long id, String name) {
    }
}
