package vn.hoctap.portal.web.catalog.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import vn.hoctap.portal.catalog.boundary.CatalogPage;
import vn.hoctap.portal.catalog.boundary.ClassCard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a catalog page ({@code GET /api/courses}) as JSON in UTF-8,
 * with the same members, order and formats JSON-B gives it (members in alphabetical order, absent
 * values left out, ISO dates and times). The catalog is the portal's busiest public answer:
 * through JSON-B, two thirds of its CPU went into writing it — Yasson hashes every record it
 * visits to detect cycles and builds the whole text as a String before encoding it
 * (bench/catalog-throughput.sh, profiled with JFR). Every other answer keeps going through JSON-B.
 * {@link RenderedCatalogPages} keeps what it writes.
 */
final class CatalogPageWriter {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private CatalogPageWriter() {
    }

    /** The page as JSON in UTF-8. */
    static byte[] json(CatalogPage page) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator json = GENERATORS.createGenerator(body, StandardCharsets.UTF_8)) {
            json.writeStartObject().writeStartArray("items");
            for (ClassCard card : page.items()) {
                json.writeStartObject()
                        .write("capacity", card.capacity());
                optional(json, "centre", card.centre());
                json.write("classId", card.classId())
                        .write("courseId", card.courseId());
                optional(json, "endDate", card.endDate());
                json.write("fee", card.fee());
                optional(json, "guestSpeaker", card.guestSpeaker());
                optional(json, "programmeEn", card.programmeEn());
                optional(json, "programmeVi", card.programmeVi());
                json.write("seatsLeft", card.seatsLeft());
                optional(json, "startDate", card.startDate());
                optional(json, "summary", card.summary());
                optional(json, "teacher", card.teacher());
                optional(json, "title", card.title());
                time(json, "usualEnd", card.usualEnd());
                time(json, "usualStart", card.usualStart());
                optional(json, "venue", card.venue());
                optional(json, "ward", card.ward());
                optional(json, "weekdays", card.weekdays());
                json.writeEnd();
            }
            json.writeEnd()
                    .write("page", page.page())
                    .write("size", page.size())
                    .write("total", page.total())
                    .writeEnd();
        }
        return body.toByteArray();
    }

    private static void optional(JsonGenerator json, String name, Object value) {
        if (value != null) {
            json.write(name, value.toString());
        }
    }

    /** Times as JSON-B writes them: always with seconds ("19:00:00", where LocalTime.toString() gives "19:00"). */
    private static void time(JsonGenerator json, String name, LocalTime value) {
        if (value != null) {
            json.write(name, DateTimeFormatter.ISO_LOCAL_TIME.format(value));
        }
    }
}
