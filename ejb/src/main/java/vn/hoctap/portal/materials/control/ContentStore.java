package vn.hoctap.portal.materials.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The materials' files, outside the database and addressed by content: a file lives at
 * {@code files/ab/cd/abcd…} under its SHA-256, so the same file uploaded twice is stored once, and
 * no path is ever made from what a user typed. An upload is first written to {@code staging/}
 * (counted and hashed as it streams, refused beyond the size limit), then moved into place in one
 * atomic step: a reader never sees half a file.
 */
@ApplicationScoped
public class ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MEGABYTE = 1024 * 1024;

    /** An upload written to the staging folder, named by a random token. */
    public record Staged(String token, Path path, String sha256, long size) {
    }

    private Path root;

    /** For CDI: the folder comes from {@link Settings#DATA_DIR}. */
    public ContentStore() {
    }

    public ContentStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void locate() {
        if (root == null) {
            root = Settings.dataFolder().resolve("materials");
        }
    }

    /** The largest file a material may have, in bytes ({@link Settings#MATERIAL_MAX_MEGABYTES}, default 50 MB). */
    public static long maxBytes() {
        return (long) (Settings.MATERIAL_MAX_MEGABYTES.positiveNumber(50) * MEGABYTE);
    }

    /**
     * Writes an upload to the staging folder, hashing it on the way.
     *
     * @throws InvalidInputException on field {@code file} when it is empty or larger than {@code maxBytes}
     */
    public Staged stage(InputStream content, long maxBytes) {
        String token = UUID.randomUUID().toString();
        Path staged = staging().resolve(token);
        try {
            Files.createDirectories(staged.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staged), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size > maxBytes) {
                Files.deleteIfExists(staged);
                throw InvalidInputException.of("file", "material.file.tooLarge", maxBytes / MEGABYTE);
            }
            if (size == 0) {
                Files.deleteIfExists(staged);
                throw InvalidInputException.of("file", "material.file.empty");
            }
            return new Staged(token, staged, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            discardQuietly(staged);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file staged earlier (a page's upload before its form is saved), hashed again; empty when gone. */
    public Optional<Staged> staged(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path staged = staging().resolve(token);
        if (!Files.isRegularFile(staged)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(staged)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                size += read;
            }
            return Optional.of(new Staged(token, staged, HexFormat.of().formatHex(sha256.digest()), size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves a staged file to its address. When the same content is stored already, the staged
     * copy is dropped.
     *
     * @return true when this call stored the content (it was not there before)
     */
    public boolean keep(Staged staged) {
        Path target = file(staged.sha256());
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(staged.path());
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // staging/ and files/ share a parent, so this happens only on unusual file systems
                Files.move(staged.path(), target);
            }
            return true;
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            discardQuietly(staged.path());
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a staged file that will not be kept. */
    public void discard(Staged staged) {
        discardQuietly(staged.path());
    }

    /** Removes stored content that no material refers to (an upload whose transaction rolled back). */
    public void forget(String sha256) {
        discardQuietly(file(sha256));
    }

    /** Where the content with this SHA-256 lives; the argument is checked to be one, never a path. */
    public Path file(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return root.resolve("files").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Deletes uploads left in staging longer than {@code age} (pages whose form was never saved). */
    public int purgeStaging(Duration age) {
        Instant before = Instant.now().minus(age);
        if (!Files.isDirectory(staging())) {
            return 0;
        }
        int purged = 0;
        try (Stream<Path> files = Files.list(staging())) {
            for (Path file : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    purged++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return purged;
    }

    private Path staging() {
        return root.resolve("staging");
    }

    private static void discardQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover in staging is purged later; nothing refers to it
        }
    }
}
