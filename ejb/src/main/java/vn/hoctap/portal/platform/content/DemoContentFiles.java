package vn.hoctap.portal.platform.content;

import static vn.hoctap.portal.platform.content.YamlNodes.list;
import static vn.hoctap.portal.platform.content.YamlNodes.map;
import static vn.hoctap.portal.platform.content.YamlNodes.optional;
import static vn.hoctap.portal.platform.content.YamlNodes.text;

import vn.hoctap.portal.identity.boundary.AccountContent;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.boundary.OrganisationContent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain data files of {@code content/} into the records the import services take.
 * A file that is missing a required field is refused with the file and the field named.
 */
public final class DemoContentFiles {

    public static final String ORGANISATION = "organisation.yaml";
    public static final String ACCOUNTS = "accounts.yaml";

    private final Path folder;

    public DemoContentFiles(Path folder) {
        this.folder = folder;
    }

    public OrganisationContent organisation() {
        Map<String, Object> city = map(YamlNodes.load(folder, ORGANISATION), ORGANISATION);
        return new OrganisationContent(text(city, "code", ORGANISATION), text(city, "name", ORGANISATION),
                list(city, "districts", ORGANISATION).stream().map(d -> {
                    Map<String, Object> district = map(d, ORGANISATION);
                    return new OrganisationContent.District(text(district, "code", ORGANISATION),
                            text(district, "name", ORGANISATION),
                            list(district, "wards", ORGANISATION).stream().map(w -> ward(map(w, ORGANISATION))).toList());
                }).toList());
    }

    private static OrganisationContent.Ward ward(Map<String, Object> ward) {
        Map<String, Object> centre = map(ward.get("centre"), ORGANISATION + " centre of " + ward.get("code"));
        return new OrganisationContent.Ward(text(ward, "code", ORGANISATION), text(ward, "name", ORGANISATION),
                new OrganisationContent.Centre(text(centre, "code", ORGANISATION), text(centre, "name", ORGANISATION),
                        optional(centre, "address"), optional(centre, "phone"), optional(centre, "email")),
                list(ward, "residentialGroups", ORGANISATION).stream().map(g -> {
                    Map<String, Object> group = map(g, ORGANISATION);
                    return new OrganisationContent.Group(text(group, "code", ORGANISATION), text(group, "name", ORGANISATION));
                }).toList());
    }

    public List<AccountContent> accounts() {
        Map<String, Object> root = map(YamlNodes.load(folder, ACCOUNTS), ACCOUNTS);
        return list(root, "accounts", ACCOUNTS).stream().map(a -> {
            Map<String, Object> account = map(a, ACCOUNTS);
            Object birthYear = account.get("birthYear");
            return new AccountContent(role(text(account, "role", ACCOUNTS)),
                    text(account, "fullName", ACCOUNTS), optional(account, "email"), optional(account, "phone"),
                    birthYear == null ? null : year(birthYear.toString()),
                    text(account, "scope", ACCOUNTS), text(account, "password", ACCOUNTS));
        }).toList();
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ACCOUNTS + ": 'role' must be one of "
                    + java.util.Arrays.toString(Role.values()) + ", not '" + value + "'");
        }
    }

    private static Integer year(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ACCOUNTS + ": 'birthYear' must be a year, not '" + value + "'");
        }
    }



}
