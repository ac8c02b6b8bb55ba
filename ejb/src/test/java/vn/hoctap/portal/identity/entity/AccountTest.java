package vn.hoctap.portal.identity.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String HASH = "hash";

    private final AdministrativeUnit hanoi = AdministrativeUnit.city("HN", "Thành phố Hà Nội");
    private final AdministrativeUnit longBien = hanoi.subUnit("HN-LB", "Quận Long Biên");
    private final AdministrativeUnit socSon = hanoi.subUnit("HN-SS", "Huyện Sóc Sơn");
    private final AdministrativeUnit boDe = longBien.subUnit("HN-LB-BD", "Phường Bồ Đề");
    private final AdministrativeUnit ngocThuy = longBien.subUnit("HN-LB-NT", "Phường Ngọc Thụy");
    private final AdministrativeUnit phuLinh = socSon.subUnit("HN-SS-PL", "Xã Phù Linh");

    private final LearningCentre boDeCentre = new LearningCentre("TTHTCD-BD", "TTHTCĐ Bồ Đề", boDe, null, null, null);
    private final LearningCentre ngocThuyCentre = new LearningCentre("TTHTCD-NT", "TTHTCĐ Ngọc Thụy", ngocThuy, null, null, null);
    private final LearningCentre phuLinhCentre = new LearningCentre("TTHTCD-PL", "TTHTCĐ Phù Linh", phuLinh, null, null, null);

    private final ResidentialGroup boDeGroup = new ResidentialGroup("HN-LB-BD-T01", "Tổ dân phố số 1", boDe);

    private Account manager(LearningCentre centre) {
        return Account.staff(Role.CENTRE_MANAGER, "Lê Thị Thu Hà", "quanly@hoctap.demo", null, centre, HASH, NOW);
    }

    private Account admin(AdministrativeUnit unit) {
        return Account.administrator("Trần Quốc Bảo", "admin@hoctap.demo", null, unit, HASH, NOW);
    }

    private Account resident() {
        return Account.resident("Vũ Thị Lan", 1978, null, "0912000201", boDeGroup, HASH, NOW);
    }

    // --- mayManage ---------------------------------------------------------------------------

    @Test
    void centreManagerManagesOnlyTheirOwnCentre() {
        Account manager = manager(boDeCentre);
        assertThat(manager.mayManage(boDeCentre)).isTrue();
        assertThat(manager.mayManage(ngocThuyCentre)).isFalse();
        assertThat(manager.mayManage(phuLinhCentre)).isFalse();
    }

    @Test
    void centreManagerRecognisesTheirCentreByCode() {
        LearningCentre sameCentreLoadedAgain = new LearningCentre("TTHTCD-BD", "TTHTCĐ Bồ Đề", boDe, null, null, null);
        assertThat(manager(boDeCentre).mayManage(sameCentreLoadedAgain)).isTrue();
    }

    @Test
    void districtAdministratorManagesCentresInWardsOfTheirDistrictOnly() {
        Account longBienAdmin = admin(longBien);
        assertThat(longBienAdmin.mayManage(boDeCentre)).isTrue();
        assertThat(longBienAdmin.mayManage(ngocThuyCentre)).isTrue();
        assertThat(longBienAdmin.mayManage(phuLinhCentre)).isFalse();

        Account socSonAdmin = admin(socSon);
        assertThat(socSonAdmin.mayManage(phuLinhCentre)).isTrue();
        assertThat(socSonAdmin.mayManage(boDeCentre)).isFalse();
    }

    @Test
    void cityAdministratorManagesEveryCentreBelow() {
        Account cityAdmin = admin(hanoi);
        assertThat(cityAdmin.mayManage(boDeCentre)).isTrue();
        assertThat(cityAdmin.mayManage(ngocThuyCentre)).isTrue();
        assertThat(cityAdmin.mayManage(phuLinhCentre)).isTrue();
    }

    @Test
    void cityAdministratorDoesNotManageCentresOfAnotherCity() {
        AdministrativeUnit hcm = AdministrativeUnit.city("HCM", "Thành phố Hồ Chí Minh");
        AdministrativeUnit benNghe = hcm.subUnit("HCM-Q1", "Quận 1").subUnit("HCM-Q1-BN", "Phường Bến Nghé");
        LearningCentre benNgheCentre = new LearningCentre("TTHTCD-BN", "TTHTCĐ Bến Nghé", benNghe, null, null, null);
        assertThat(admin(hanoi).mayManage(benNgheCentre)).isFalse();
        assertThat(admin(hcm).mayManage(benNgheCentre)).isTrue();
        assertThat(admin(hcm).mayManage(boDeCentre)).isFalse();
    }

    @Test
    void residentsAndTeachersNeverManage() {
        Account teacher = Account.staff(Role.TEACHER, "Hoàng Thị Mai", "gv@hoctap.demo", null, boDeCentre, HASH, NOW);
        Account resident = resident();
        for (LearningCentre centre : new LearningCentre[]{boDeCentre, ngocThuyCentre, phuLinhCentre}) {
            assertThat(teacher.mayManage(centre)).as("teacher on %s", centre.code()).isFalse();
            assertThat(resident.mayManage(centre)).as("resident on %s", centre.code()).isFalse();
        }
    }

    // --- factories ---------------------------------------------------------------------------

    @Test
    void residentFactoryFillsTheResidentFields() {
        Account resident = resident();
        assertThat(resident.role()).isEqualTo(Role.RESIDENT);
        assertThat(resident.birthYear()).isEqualTo(1978);
        assertThat(resident.residentialGroup()).isSameAs(boDeGroup);
        assertThat(resident.centre()).isNull();
        assertThat(resident.adminUnit()).isNull();
        assertThat(resident.phone()).isEqualTo("0912000201");
        assertThat(resident.email()).isNull();
        assertThat(resident.preferredLocale()).isEqualTo("vi");
        assertThat(resident.failedLogins()).isZero();
        assertThat(resident.lockedUntil()).isNull();
    }

    @Test
    void staffFactoryAcceptsTeachersAndManagersOnly() {
        assertThat(Account.staff(Role.TEACHER, "T", "t@x.vn", null, boDeCentre, HASH, NOW).role()).isEqualTo(Role.TEACHER);
        assertThat(manager(boDeCentre).role()).isEqualTo(Role.CENTRE_MANAGER);
        assertThat(manager(boDeCentre).centre()).isSameAs(boDeCentre);
        assertThatThrownBy(() -> Account.staff(Role.ADMIN, "A", "a@x.vn", null, boDeCentre, HASH, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ADMIN");
        assertThatThrownBy(() -> Account.staff(Role.RESIDENT, "R", "r@x.vn", null, boDeCentre, HASH, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RESIDENT");
    }

    @Test
    void administratorFactoryAcceptsDistrictsAndCitiesButNotWards() {
        assertThat(admin(longBien).role()).isEqualTo(Role.ADMIN);
        assertThat(admin(longBien).adminUnit()).isSameAs(longBien);
        assertThat(admin(hanoi).adminUnit()).isSameAs(hanoi);
        assertThatThrownBy(() -> admin(boDe))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ward");
    }

    @Test
    void anAccountNeedsAnEmailOrAPhone() {
        assertThatThrownBy(() -> Account.resident("Vũ Thị Lan", 1978, null, null, boDeGroup, HASH, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.staff(Role.TEACHER, "T", null, null, boDeCentre, HASH, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- throttling --------------------------------------------------------------------------

    @Test
    void freeFailuresDoNotLock() {
        Account account = resident();
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            account.recordFailedLogin(NOW);
            assertThat(account.failedLogins()).isEqualTo(i);
            assertThat(account.isLocked(NOW)).isFalse();
            assertThat(account.lockedUntil()).isNull();
        }
    }

    @Test
    void theFifthFailureLocksForOneMinute() {
        Account account = resident();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plusSeconds(59))).isTrue();
        assertThat(account.isLocked(NOW.plusSeconds(60))).isFalse();
        assertThat(account.isLocked(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void furtherFailuresLockLongerFromTheTimeOfTheFailure() {
        Account account = resident();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(2));
        account.recordFailedLogin(later);
        assertThat(account.failedLogins()).isEqualTo(6);
        assertThat(account.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(2)));
        assertThat(account.isLocked(later.plus(Duration.ofMinutes(1)))).isTrue();
        assertThat(account.isLocked(later.plus(Duration.ofMinutes(2)))).isFalse();
    }

    @Test
    void successfulLoginClearsCountAndLock() {
        Account account = resident();
        for (int i = 0; i < 7; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLocked(NOW)).isTrue();

        account.recordSuccessfulLogin();

        assertThat(account.failedLogins()).isZero();
        assertThat(account.lockedUntil()).isNull();
        assertThat(account.isLocked(NOW)).isFalse();

        account.recordFailedLogin(NOW);
        assertThat(account.failedLogins()).isEqualTo(1);
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void changingPasswordAndLocaleReplacesThem() {
        Account account = resident();
        account.changePasswordHash("new-hash");
        account.preferLocale("en");
        assertThat(account.passwordHash()).isEqualTo("new-hash");
        assertThat(account.preferredLocale()).isEqualTo("en");
        assertThatThrownBy(() -> account.changePasswordHash(null)).isInstanceOf(NullPointerException.class);
    }
}
