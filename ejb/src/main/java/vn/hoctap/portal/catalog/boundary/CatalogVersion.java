package vn.hoctap.portal.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of what the public catalog shows: it moves on after every committed transaction
 * that changed a course, a class (its seats too), a venue, a programme, a centre, a ward or an
 * account (a teacher's name). Whoever keeps something made from the catalog (the API's rendered
 * pages) reads the version before reading the catalog, and may reuse it while the version has not
 * moved: a reader that overlaps a change tags its result with the version from before the change,
 * so it is never reused after it. The version lives in this server's memory, like the query cache.
 */
@ApplicationScoped
public class CatalogVersion {

    private final AtomicLong version = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    public long current() {
        return version.get();
    }

    /**
     * The catalog changes in the current transaction: the version moves on once it commits (at
     * once when there is no transaction). Called by {@link vn.hoctap.portal.catalog.control.CatalogChangeListener}
     * for entity changes and by statements that write catalog tables directly.
     */
    public void changing() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            version.incrementAndGet();
            return;
        }
        if (transactions.getResource(CatalogVersion.class) == null) {
            transactions.putResource(CatalogVersion.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        version.incrementAndGet();
                    }
                }
            });
        }
    }
}
