package vn.hoctap.portal.platform.content;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading the YAML files of {@code content/}: each helper refuses a wrong shape or a missing
 * field with an {@link IllegalArgumentException} that names where ({@code where}) and what.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    static Object load(Path folder, String file) {
        Path path = folder.resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Load(LoadSettings.builder().setLabel(file).build()).loadFromReader(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + ": expected a mapping but found " + node);
    }

    /** A list, or an empty one when the key is absent. */
    static List<?> list(Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + ": '" + key + "' must be a list");
    }

    static String text(Map<String, Object> node, String key, String where) {
        String value = optional(node, key);
        if (value == null) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing in " + node);
        }
        return value;
    }

    /** The trimmed text, or null when absent or blank. */
    static String optional(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static LocalDate date(Map<String, Object> node, String key, String where) {
        return parsed(node, key, where, LocalDate::parse, "a date YYYY-MM-DD");
    }

    static LocalDateTime dateTime(Map<String, Object> node, String key, String where) {
        return parsed(node, key, where, LocalDateTime::parse, "a date and time YYYY-MM-DDTHH:MM");
    }

    /** The value read by {@code parse}, refused as not being {@code what} when it cannot be read. */
    static <T> T parsed(Map<String, Object> node, String key, String where, Function<String, T> parse, String what) {
        String value = text(node, key, where);
        try {
            return parse.apply(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be " + what + ", not '" + value + "'");
        }
    }

    static boolean bool(Map<String, Object> node, String key, String where) {
        String value = text(node, key, where);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(where + ": '" + key + "' must be true or false, not '" + value + "'");
        };
    }

    static int integer(Map<String, Object> node, String key, int min, int max, String where) {
        return (int) number(node, key, min, max, where);
    }

    static long number(Map<String, Object> node, String key, long min, long max, String where) {
        String value = text(node, key, where);
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a whole number, not '" + value + "'");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be "
                    + (max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
                    + ", not " + number);
        }
        return number;
    }

    /** Refuses fields this file format does not know, so a misspelt optional field is not silently lost. */
    static void only(Map<String, Object> node, String where, String... known) {
        List<String> allowed = List.of(known);
        for (Object key : node.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown field '" + key + "', expected one of " + allowed);
            }
        }
    }

    /** The constant of {@code type} that the value names, refused with the choices when it names none. */
    static <E extends Enum<E>> E constant(Class<E> type, String value, String key, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
