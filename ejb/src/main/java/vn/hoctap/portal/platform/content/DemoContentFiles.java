package vn.hoctap.portal.platform.content;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.hoctap.portal.identity.boundary.AccountContent;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.boundary.OrganisationContent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Map<String, Object> city = map(load(ORGANISATION), ORGANISATION);
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
        Map<String, Object> root = map(load(ACCOUNTS), ACCOUNTS);
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

    private Object load(String file) {
        Path path = folder.resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Load(LoadSettings.builder().setLabel(file).build()).loadFromReader(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + ": expected a mapping but found " + node);
    }

    private static List<?> list(Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + ": '" + key + "' must be a list");
    }

    private static String text(Map<String, Object> node, String key, String where) {
        String value = optional(node, key);
        if (value == null) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing in " + node);
        }
        return value;
    }

    private static String optional(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
