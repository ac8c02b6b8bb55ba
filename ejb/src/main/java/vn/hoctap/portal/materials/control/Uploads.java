package vn.hoctap.portal.materials.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.hoctap.portal.materials.entity.FileFacts;
import vn.hoctap.portal.materials.entity.MaterialVersion;
import vn.hoctap.portal.platform.InvalidInputException;

import java.io.InputStream;

/**
 * The one way a file becomes a material's version, for uploads and demo content alike: staged
 * (size limit), its type checked by content, then kept with the transaction that stores its
 * version — moved into the store just before the commit, removed again if the transaction rolls
 * back — and its text extracted once the commit is through. A refused or failed upload leaves
 * neither a row nor a file.
 */
@ApplicationScoped
public class Uploads {

    /** A file staged and checked, waiting for the form that makes it a material or a version. */
    public record Checked(String token, String fileName, long size, String mediaType, String format) {
    }

    @Inject
    ContentStore store;

    @Inject
    Event<VersionUploaded> uploaded;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Stages a file: refused when empty, too large or of a type not allowed (field {@code file}). */
    public Checked stage(String fileName, InputStream content) {
        ContentStore.Staged staged = store.stage(content, ContentStore.maxBytes());
        try {
            FileTypes.Detected type = FileTypes.detect(staged.path(), fileName);
            return new Checked(staged.token(), fileName, staged.size(), type.mediaType(), type.format().name());
        } catch (RuntimeException refused) {
            store.discard(staged);
            throw refused;
        }
    }

    /**
     * The staged file, for the current transaction: kept in the store if it commits, dropped if
     * it rolls back.
     */
    public FileFacts take(String token, String fileName) {
        ContentStore.Staged staged = store.staged(token)
                .orElseThrow(() -> InvalidInputException.of("file", "material.file.required"));
        FileTypes.Detected type;
        try {
            type = FileTypes.detect(staged.path(), fileName);
        } catch (RuntimeException refused) {
            store.discard(staged);
            throw refused;
        }
        keepWithTransaction(staged);
        return new FileFacts(staged.sha256(), staged.size(), type.mediaType(), type.format(), fileName);
    }

    /**
     * Keeps a staged file with the current transaction: moved into the store just before it
     * commits, dropped (and its content forgotten, when this upload stored it) if it rolls back.
     * Any feature that stores files in the content store goes this way.
     */
    public void keepWithTransaction(ContentStore.Staged staged) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            private boolean stored;

            @Override
            public void beforeCompletion() {
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    stored = store.keep(staged);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.discard(staged);
                    if (stored) {
                        store.forget(staged.sha256());
                    }
                }
            }
        });
    }

    /** Extracts the version's text after the commit (the version must have its id: flush first). */
    public void extractAfterCommit(MaterialVersion version) {
        uploaded.fire(new VersionUploaded(version.id()));
    }
}
