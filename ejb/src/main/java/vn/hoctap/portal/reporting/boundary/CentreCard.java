package vn.hoctap.portal.reporting.boundary;

/** A centre on the manager's dashboard, with the first figures the portal knows of it. */
public record CentreCard(long id, String name, String ward, String district, String address,
                         long residentialGroups, long residents, long staff) {
}
