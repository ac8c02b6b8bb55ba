package vn.hoctap.portal.materials.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A material guards its life, its versions and its description. */
class MaterialTest {

    static final AdministrativeUnit CITY = AdministrativeUnit.city("HN", "Thành phố Hà Nội");
    static final AdministrativeUnit LONG_BIEN = CITY.subUnit("HN-LB", "Quận Long Biên");
    static final AdministrativeUnit SOC_SON = CITY.subUnit("HN-SS", "Huyện Sóc Sơn");
    static final LearningCentre BO_DE = new LearningCentre("TTHTCD-BD", "TTHTCĐ phường Bồ Đề",
            LONG_BIEN.subUnit("HN-LB-BD", "Phường Bồ Đề"), null, null, null);
    static final LearningCentre PHU_LINH = new LearningCentre("TTHTCD-PL", "TTHTCĐ xã Phù Linh",
            SOC_SON.subUnit("HN-SS-PL", "Xã Phù Linh"), null, null, null);
    static final Account MANAGER = Account.staff(Role.CENTRE_MANAGER, "Lê Thị Thu Hà", "ha@hoctap.demo", null, BO_DE, "h", Instant.EPOCH);
    static final Account OTHER_MANAGER = Account.staff(Role.CENTRE_MANAGER, "Đỗ Minh Khôi", "khoi@hoctap.demo", null, PHU_LINH, "h", Instant.EPOCH);
    static final Account DISTRICT_ADMIN = Account.administrator("Trần Quốc Bảo", "bao@hoctap.demo", null, LONG_BIEN, "h", Instant.EPOCH);
    static final Account CITY_ADMIN = Account.administrator("Nguyễn Thị Hồng Vân", "van@hoctap.demo", null, CITY, "h", Instant.EPOCH);
    static final Subject HEALTH = new Subject("HEALTH", "Sức khỏe", "Health", 2);
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static MaterialMetadata metadata(String title) {
        return new MaterialMetadata(title, "Sáu bước rửa tay với xà phòng.", HEALTH, EnumSet.of(Audience.PARENTS),
                Level.BASIC, "vi", Licence.CC_BY, "Trạm Y tế phường Bồ Đề", null);
    }

    static FileFacts pdf(char fill) {
        return new FileFacts(String.valueOf(fill).repeat(64), 1234, "application/pdf", MaterialFormat.PDF, "rua-tay.pdf");
    }

    private static Material draft() {
        return Material.file(metadata("Rửa tay đúng cách"), Publisher.centre(BO_DE), pdf('a'), MANAGER, NOW);
    }

    @Test
    void a_new_material_is_a_draft_with_version_1_queued_for_extraction_and_its_creation_recorded() {
        Material material = draft();

        assertThat(material.status()).isEqualTo(MaterialStatus.DRAFT);
        assertThat(material.currentVersion()).isOne();
        assertThat(material.format()).isEqualTo(MaterialFormat.PDF);
        assertThat(material.current().extraction()).isEqualTo(ExtractionStatus.QUEUED);
        assertThat(material.steps()).extracting(MaterialStep::action)
                .containsExactly(MaterialAction.CREATED, MaterialAction.NEW_VERSION);
        assertThat(material.steps()).allSatisfy(step -> {
            assertThat(step.doneBy()).isSameAs(MANAGER);
            assertThat(step.doneAt()).isEqualTo(NOW);
        });
        assertThat(material.publisherName()).isEqualTo("TTHTCĐ phường Bồ Đề");
    }

    @Test
    void draft_to_published_to_withdrawn_and_back_and_nothing_else() {
        Material material = draft();
        assertThatThrownBy(() -> material.moveTo(MaterialStatus.WITHDRAWN, MANAGER, NOW, TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("material.status.notAllowed"));

        material.moveTo(MaterialStatus.PUBLISHED, MANAGER, NOW, TODAY);
        assertThat(material.publishedOn()).as("published without a date: today").isEqualTo(TODAY);
        assertThatThrownBy(() -> material.moveTo(MaterialStatus.DRAFT, MANAGER, NOW, TODAY)).isInstanceOf(BusinessException.class);

        material.moveTo(MaterialStatus.WITHDRAWN, CITY_ADMIN, NOW.plusSeconds(60), TODAY);
        material.moveTo(MaterialStatus.PUBLISHED, MANAGER, NOW.plusSeconds(120), TODAY.plusDays(1));
        assertThat(material.publishedOn()).as("keeps its first date").isEqualTo(TODAY);
        material.moveTo(MaterialStatus.WITHDRAWN, MANAGER, NOW.plusSeconds(180), TODAY);
        material.moveTo(MaterialStatus.DRAFT, MANAGER, NOW.plusSeconds(240), TODAY);

        assertThat(material.steps()).extracting(MaterialStep::action).containsExactly(MaterialAction.CREATED,
                MaterialAction.NEW_VERSION, MaterialAction.PUBLISHED, MaterialAction.WITHDRAWN, MaterialAction.PUBLISHED,
                MaterialAction.WITHDRAWN, MaterialAction.RETURNED_TO_DRAFT);
        assertThat(material.steps().get(3).doneBy()).isSameAs(CITY_ADMIN);
    }

    @Test
    void a_new_version_becomes_current_and_the_earlier_ones_are_kept() {
        Material material = draft();
        material.moveTo(MaterialStatus.PUBLISHED, MANAGER, NOW, TODAY);
        FileFacts docx = new FileFacts("b".repeat(64), 99, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                MaterialFormat.DOCX, "rua-tay-v2.docx");

        MaterialVersion second = material.addVersion(docx, DISTRICT_ADMIN, NOW.plusSeconds(3600));

        assertThat(second.number()).isEqualTo(2);
        assertThat(material.current()).isSameAs(second);
        assertThat(material.format()).isEqualTo(MaterialFormat.DOCX);
        assertThat(material.versions()).extracting(MaterialVersion::number, MaterialVersion::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "rua-tay.pdf"), org.assertj.core.groups.Tuple.tuple(2, "rua-tay-v2.docx"));
        assertThat(material.version(1).sha256()).isEqualTo("a".repeat(64));
        assertThat(material.status()).as("still published").isEqualTo(MaterialStatus.PUBLISHED);
        assertThat(material.steps().get(material.steps().size() - 1).versionNumber()).isEqualTo(2);
    }

    @Test
    void a_link_has_an_http_address_and_no_versions() {
        Material link = Material.link(metadata("Video: sáu bước rửa tay"), Publisher.unit(LONG_BIEN, null),
                "https://video.example.vn/rua-tay", MaterialFormat.VIDEO, DISTRICT_ADMIN, NOW);
        assertThat(link.format()).isEqualTo(MaterialFormat.VIDEO);
        assertThat(link.current()).isNull();
        assertThat(link.publisherName()).isEqualTo("Quận Long Biên");
        assertThatThrownBy(() -> link.addVersion(pdf('c'), DISTRICT_ADMIN, NOW)).isInstanceOf(BusinessException.class);

        assertThatThrownBy(() -> Material.link(metadata("x"), Publisher.centre(BO_DE), "javascript:alert(1)",
                MaterialFormat.WEB_PAGE, MANAGER, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::messageKey).containsExactly("material.link.invalid"));
        assertThatThrownBy(() -> Material.link(metadata("x"), Publisher.centre(BO_DE), "https://a.vn", MaterialFormat.PDF,
                MANAGER, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("linkKind"));
    }

    @Test
    void the_description_names_every_broken_rule() {
        MaterialMetadata broken = new MaterialMetadata(" ", null, null, Set.of(), null, "Tiếng Việt", null, null, null);
        assertThatThrownBy(() -> Material.file(broken, Publisher.centre(BO_DE), pdf('a'), MANAGER, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("title", "subject", "audiences", "level", "language", "licence"));
    }

    @Test
    void managers_of_its_centre_and_administrators_above_it_manage_it_others_do_not() {
        Material ofBoDe = draft();
        assertThat(ofBoDe.mayBeManagedBy(MANAGER)).isTrue();
        assertThat(ofBoDe.mayBeManagedBy(DISTRICT_ADMIN)).isTrue();
        assertThat(ofBoDe.mayBeManagedBy(CITY_ADMIN)).isTrue();
        assertThat(ofBoDe.mayBeManagedBy(OTHER_MANAGER)).isFalse();

        Material ofTheDistrict = Material.file(metadata("Kế hoạch"), Publisher.unit(LONG_BIEN, "Phòng GDĐT quận Long Biên"),
                pdf('d'), DISTRICT_ADMIN, NOW);
        assertThat(ofTheDistrict.mayBeManagedBy(DISTRICT_ADMIN)).isTrue();
        assertThat(ofTheDistrict.mayBeManagedBy(CITY_ADMIN)).isTrue();
        assertThat(ofTheDistrict.mayBeManagedBy(MANAGER)).as("a centre's manager does not act for the district").isFalse();
        assertThat(ofTheDistrict.mayBeManagedBy(Account.administrator("Admin Sóc Sơn", "ss@hoctap.demo", null, SOC_SON, "h", NOW)))
                .isFalse();
        assertThat(ofTheDistrict.publisherName()).isEqualTo("Phòng GDĐT quận Long Biên");
    }

    @Test
    void stamps_only_grow() {
        Material material = draft();
        material.stamp(5);
        assertThatThrownBy(() -> material.stamp(5)).isInstanceOf(IllegalArgumentException.class);
        material.stamp(6);
        assertThat(material.changeStamp()).isEqualTo(6);
    }
}
