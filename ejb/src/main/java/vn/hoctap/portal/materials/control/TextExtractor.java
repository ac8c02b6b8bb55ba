package vn.hoctap.portal.materials.control;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.hoctap.portal.materials.entity.ExtractionFailure;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The text of a file, with Apache Tika, in a thread of its own that is given up after a time
 * limit. Whatever goes wrong ends as a {@link Failed} with a reason the page can tell: a password,
 * a damaged file, a zip bomb (POI's inflate-ratio and entry-size limits and Tika's
 * SecureContentHandler stay as they are), or the time limit. Text beyond the character limit is
 * cut off, not refused. Text is returned in Unicode NFC (some PDFs and editors write NFD).
 */
public final class TextExtractor {

    /** How long one file may take, and the most characters kept. */
    public record Limits(Duration timeout, int maxCharacters) {
    }

    /** Where the extraction is: pages done of a paged document (null when unknown), characters so far. */
    @FunctionalInterface
    public interface Progress {
        void at(Integer pagesDone, Integer pagesTotal, long characters);
    }

    /** @param pages the number of pages of a paged document, else null */
    public record Result(String text, boolean truncated, Integer pages) {
    }

    /** The text could not be extracted, and why. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final ExtractionFailure reason;

        public Failed(ExtractionFailure reason, Throwable cause) {
            super(reason + (cause == null ? "" : ": " + cause.getMessage()), cause);
            this.reason = reason;
        }

        public ExtractionFailure reason() {
            return reason;
        }
    }

    /** How often progress is reported at most. */
    private static final long PROGRESS_EVERY_NANOS = Duration.ofMillis(500).toNanos();
    /** Time the parser thread gets to notice the deadline itself before it is interrupted and left. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ThreadFactory threads;

    /** @param threads where parser threads come from (the server's managed thread factory) */
    public TextExtractor(ThreadFactory threads) {
        this.threads = threads;
    }

    public Result extract(Path file, Limits limits, Progress progress) throws Failed {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        FutureTask<Result> parse = new FutureTask<>(() -> parse(file, limits, deadline, progress));
        Thread parser = threads.newThread(parse);
        parser.setDaemon(true);
        parser.start();
        try {
            return parse.get(limits.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            // a parser deaf to the deadline and to interrupts: abandoned, its thread is a daemon
            parse.cancel(true);
            throw new Failed(ExtractionFailure.TIMEOUT, null);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(ExtractionFailure.TIMEOUT, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Failed failed) {
                throw failed;
            }
            throw new Failed(classify(e.getCause()), e.getCause());
        }
    }

    private static Result parse(Path file, Limits limits, long deadline, Progress progress) throws Failed {
        Metadata metadata = new Metadata();
        StringWriter text = new StringWriter();
        Watch watch = new Watch(new BodyContentHandler(new WriteOutContentHandler(text, limits.maxCharacters())),
                metadata, deadline, progress);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            new AutoDetectParser(Tika.config()).parse(in, watch, metadata, new ParseContext());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw new Failed(classify(e), e);
            }
        }
        Integer pages = watch.pagesTotal() != null ? watch.pagesTotal() : watch.pagesStarted > 0 ? Integer.valueOf(watch.pagesStarted) : null;
        String content = Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFC);
        return new Result(content, truncated, pages);
    }

    /** Why a parser failed, from the exception it threw (or one it wraps). */
    static ExtractionFailure classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimedOut) {
                return ExtractionFailure.TIMEOUT;
            }
            String type = t.getClass().getName();
            if (t instanceof EncryptedDocumentException || type.equals("org.apache.poi.EncryptedDocumentException")
                    || type.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")) {
                return ExtractionFailure.ENCRYPTED;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return ExtractionFailure.ZIP_BOMB;
            }
        }
        return ExtractionFailure.CORRUPT;
    }

    /** The deadline passed: the parse stops at its next SAX event. */
    static final class TimedOut extends SAXException {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super("text extraction took longer than allowed");
        }
    }

    /**
     * Passes the parser's events on, counting pages ({@code <div class="page">}, as Tika writes
     * PDF pages) and characters, reporting progress now and then, and stopping the parse once the
     * deadline has passed or the thread was interrupted.
     */
    private static final class Watch extends ContentHandlerDecorator {
        private final Metadata metadata;
        private final long deadline;
        private final Progress progress;
        private long characters;
        /** Pages begun; those before the current one are done. */
        private int pagesStarted;
        private long lastReport = System.nanoTime();

        Watch(ContentHandler handler, Metadata metadata, long deadline, Progress progress) {
            super(handler);
            this.metadata = metadata;
            this.deadline = deadline;
            this.progress = progress;
        }

        Integer pagesTotal() {
            return metadata.getInt(PagedText.N_PAGES);
        }

        private void check() throws SAXException {
            long now = System.nanoTime();
            if (now - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                throw new TimedOut();
            }
            if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                lastReport = now;
                progress.at(Math.max(0, pagesStarted - 1), pagesTotal(), characters);
            }
        }

        @Override
        public void startDocument() throws SAXException {
            check();
            super.startDocument();
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            if (("div".equals(localName) || "div".equals(name)) && "page".equals(atts.getValue("class"))) {
                pagesStarted++;
            }
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            characters += length;
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }
}
