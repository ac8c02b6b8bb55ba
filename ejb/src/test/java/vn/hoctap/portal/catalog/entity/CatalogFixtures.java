package vn.hoctap.portal.catalog.entity;

import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;

import java.time.Instant;

/** A small organisation with two centres, their rooms and teachers, for catalog rules. */
public final class CatalogFixtures {

    public static final AdministrativeUnit DISTRICT = AdministrativeUnit.city("HN", "Hà Nội").subUnit("HN-LB", "Long Biên");
    public static final LearningCentre BO_DE = new LearningCentre("TTHTCD-BD", "TTHTCĐ Bồ Đề",
            DISTRICT.subUnit("HN-LB-BD", "Bồ Đề"), null, null, null);
    public static final LearningCentre NGOC_THUY = new LearningCentre("TTHTCD-NT", "TTHTCĐ Ngọc Thụy",
            DISTRICT.subUnit("HN-LB-NT", "Ngọc Thụy"), null, null, null);
    public static final Programme LITERACY_1 = new Programme("LITERACY_1", "Xóa mù chữ giai đoạn 1", "Literacy, phase 1", true);
    public static final Venue ROOM_1 = new Venue("BD-P1", BO_DE, "Phòng học số 1", VenueKind.CENTRE_ROOM, 30, null);
    public static final Venue HALL_NT = new Venue("NT-HT", NGOC_THUY, "Hội trường", VenueKind.OUTSIDE_PLACE, 120, null);
    public static final Account TEACHER_BO_DE = Account.staff(Role.TEACHER, "Hoàng Thị Mai", "mai@hoctap.demo", null,
            BO_DE, "hash", Instant.EPOCH);
    public static final Account MANAGER_BO_DE = Account.staff(Role.CENTRE_MANAGER, "Lê Thị Thu Hà", "ha@hoctap.demo", null,
            BO_DE, "hash", Instant.EPOCH);
    public static final Account TEACHER_NGOC_THUY = Account.staff(Role.TEACHER, "Phạm Văn Đức", "duc@hoctap.demo", null,
            NGOC_THUY, "hash", Instant.EPOCH);

    private CatalogFixtures() {
    }

    public static Course literacyCourse() {
        return new Course("BD-XMC1", BO_DE, LITERACY_1, "Lớp xóa mù chữ giai đoạn 1", "Học đọc, viết, tính toán.");
    }
}
