package vn.hoctap.portal.identity.entity;

import java.time.Duration;

/**
 * How repeated failed sign-ins slow an attacker down: after {@link #FREE_ATTEMPTS} failures in a
 * row the account is locked, first for {@link #FIRST_LOCK}, doubling with every further failure
 * up to {@link #LONGEST_LOCK}. A successful sign-in clears the count.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

    private LoginThrottle() {
    }

    /** How long to lock after this many failures in a row; zero while attempts are still free. */
    public static Duration lockAfter(int failuresInARow) {
        if (failuresInARow < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresInARow - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
