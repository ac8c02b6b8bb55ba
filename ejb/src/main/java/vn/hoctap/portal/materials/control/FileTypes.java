package vn.hoctap.portal.materials.control;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import vn.hoctap.portal.materials.entity.MaterialFormat;
import vn.hoctap.portal.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Which files a material may be, decided by their content (Tika's magic bytes and container
 * detectors), never by their name: a program renamed to .pdf stays a program and is refused.
 * The name only tells apart what the content leaves open (Markdown among plain texts, which
 * Office format a password-protected OOXML package holds).
 */
public final class FileTypes {

    /** A file's type as detected: the media type it is served with, and the format it is allowed as. */
    public record Detected(String mediaType, MaterialFormat format) {
    }

    /** OOXML packages protected by a password: Tika sees the encryption container, not what is inside. */
    static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

    private static final Map<String, MaterialFormat> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", MaterialFormat.PDF),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MaterialFormat.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", MaterialFormat.PPTX),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MaterialFormat.XLSX),
            Map.entry("application/vnd.oasis.opendocument.text", MaterialFormat.ODT),
            Map.entry("application/epub+zip", MaterialFormat.EPUB),
            Map.entry("text/html", MaterialFormat.HTML),
            Map.entry("application/xhtml+xml", MaterialFormat.HTML),
            Map.entry("text/plain", MaterialFormat.TXT),
            Map.entry("text/markdown", MaterialFormat.TXT),
            Map.entry("text/x-web-markdown", MaterialFormat.TXT));

    private static final Map<String, String> OOXML_BY_EXTENSION = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileTypes() {
    }

    /**
     * The type of a stored file, when it is one the portal accepts.
     *
     * @param fileName the name it was uploaded with: it tells Markdown from plain text and which Office
     *                 format a protected package holds, nothing else (a zip named .docx stays a zip)
     * @throws InvalidInputException on field {@code file} naming the type found
     */
    public static Detected detect(Path file, String fileName) {
        Metadata metadata = new Metadata();
        return allowed(baseType(file, fileName, metadata), fileName, () -> charsetOf(file, metadata));
    }

    /**
     * The media type of a file as its content shows it, without parameters ({@code image/jpeg}),
     * for callers with an allow-list of their own (the evidence of learning titles).
     *
     * @param fileName tells Markdown from plain text, nothing else
     */
    public static String baseType(Path file, String fileName) {
        return baseType(file, fileName, new Metadata());
    }

    private static String baseType(Path file, String fileName, Metadata metadata) {
        MediaType type = detect(file, metadata);
        if (type.equals(MediaType.TEXT_PLAIN) && fileName != null) {
            // only a plain text may take a name's word for what kind of text it is (Markdown)
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType refined = detect(file, named);
            if (refined.getType().equals("text")) {
                type = refined;
            }
        }
        return type.getBaseType().toString();
    }

    private static MediaType detect(Path file, Metadata metadata) {
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            return Tika.config().getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The allow-list: the format a detected type is accepted as, else the refusal naming it. */
    static Detected allowed(String baseType, String fileName, java.util.function.Supplier<Charset> charset) {
        if (PROTECTED_OOXML.equals(baseType)) {
            String ooxml = OOXML_BY_EXTENSION.get(extension(fileName));
            if (ooxml != null) {
                return new Detected(ooxml, ALLOWED.get(ooxml));
            }
        }
        MaterialFormat format = ALLOWED.get(baseType);
        if (format == null) {
            throw InvalidInputException.of("file", "material.file.typeRefused", baseType);
        }
        String served = baseType.equals("text/x-web-markdown") ? "text/markdown" : baseType;
        if (served.startsWith("text/")) {
            Charset found = charset.get();
            served += "; charset=" + (found == null ? "UTF-8" : found.name());
        }
        return new Detected(served, format);
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static Charset charsetOf(Path file, Metadata metadata) {
        try (InputStream in = TikaInputStream.get(file)) {
            return Tika.config().getEncodingDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
