package vn.hoctap.portal.platform.content;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
}
