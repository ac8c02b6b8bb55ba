package vn.hoctap.portal.organisation.boundary;

import java.util.List;

/** An organisation as the files in {@code content/} describe it: a city down to its groups. */
public record OrganisationContent(String code, String name, List<District> districts) {

    public record District(String code, String name, List<Ward> wards) {
    }

    public record Ward(String code, String name, Centre centre, List<Group> residentialGroups) {
    }

    public record Centre(String code, String name, String address, String phone, String email) {
    }

    public record Group(String code, String name) {
    }
}
