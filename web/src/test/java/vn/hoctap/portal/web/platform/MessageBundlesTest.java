package vn.hoctap.portal.web.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the services can show exists in Vietnamese and in English. */
class MessageBundlesTest {

    /** Message keys in the services: constraint templates and the keys of business exceptions. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "message = \"\\{([a-zA-Z.]+)}\"|(?:FieldError|InvalidInputException\\.of|BusinessException|super)\\((?:\"[a-zA-Z.]*\", )?\"([a-z][a-zA-Z]*\\.[a-zA-Z.]+)\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/hoctap/portal/web/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnamese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void every_message_key_used_by_the_services_has_a_text() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ejb/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(used).as("keys found in the services").hasSizeGreaterThan(40)
                .contains("signup.phone.taken", "class.capacity.aboveVenue", "schedule.clash", "course.status.notAllowed");
        Set<String> missing = new HashSet<>(used);
        missing.removeAll(bundle("vi").stringPropertyNames());
        assertThat(missing).as("keys without a Vietnamese text").isEmpty();
    }
}
