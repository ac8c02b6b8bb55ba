package vn.hoctap.portal.identity.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 2, 3, 4})
    void attemptsBelowTheFreeCountDoNotLock(int failures) {
        assertThat(failures).isLessThan(LoginThrottle.FREE_ATTEMPTS);
        assertThat(LoginThrottle.lockAfter(failures)).isEqualTo(Duration.ZERO);
    }

    @Test
    void theFifthFailureLocksForTheFirstLock() {
        assertThat(LoginThrottle.FREE_ATTEMPTS).isEqualTo(5);
        assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofMinutes(1)).isEqualTo(LoginThrottle.FIRST_LOCK);
    }

    @ParameterizedTest
    @CsvSource({"6, 2", "7, 4", "8, 8", "9, 16"})
    void everyFurtherFailureDoublesTheLock(int failures, long minutes) {
        assertThat(LoginThrottle.lockAfter(failures)).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(LoginThrottle.lockAfter(failures)).isEqualTo(LoginThrottle.lockAfter(failures - 1).multipliedBy(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 15, 16, 30, 64, 100, 1_000, Integer.MAX_VALUE})
    void theLockIsCappedAtTheLongestLock(int failures) {
        assertThat(LoginThrottle.lockAfter(failures)).isEqualTo(Duration.ofMinutes(30)).isEqualTo(LoginThrottle.LONGEST_LOCK);
    }

    @Test
    void theLockNeverShrinksAsFailuresGrow() {
        Duration previous = Duration.ZERO;
        for (int failures = 0; failures <= 200; failures++) {
            Duration lock = LoginThrottle.lockAfter(failures);
            assertThat(lock).as("lock after %d failures", failures)
                    .isGreaterThanOrEqualTo(previous)
                    .isLessThanOrEqualTo(LoginThrottle.LONGEST_LOCK);
            previous = lock;
        }
    }
}
