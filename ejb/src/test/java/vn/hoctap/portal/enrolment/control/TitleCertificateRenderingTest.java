package vn.hoctap.portal.enrolment.control;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.assessment.control.TitleCertificatePdf;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.assessment.entity.CriteriaSet;
import vn.hoctap.portal.assessment.entity.RecognitionDecision;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.content.CriteriaContentFiles;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one certificate layout with a learning title's wording: same fonts, QR code and verification line as a course's. */
class TitleCertificateRenderingTest {

    private static final Instant NOW = Instant.parse("2026-12-20T03:00:00Z");

    @Test
    void a_family_title_prints_the_holder_the_title_the_decision_and_a_qr_code_of_the_verify_page() {
        AdministrativeUnit ward = AdministrativeUnit.city("HN", "Thành phố Hà Nội").subUnit("HN-LB", "Quận Long Biên")
                .subUnit("HN-LB-BD", "Phường Bồ Đề");
        ResidentialGroup group = new ResidentialGroup("HN-LB-BD-T02", "Tổ dân phố số 2", ward);
        Account head = Account.resident("Vũ Thị Lan", 1978, "lan@example.vn", null, group, "hash", NOW);
        Account reviewer = Account.staff(Role.CENTRE_MANAGER, "Lê Thị Thu Hà", "ha@example.vn", null,
                new LearningCentre("TT-BD", "Trung tâm học tập cộng đồng phường Bồ Đề", ward, null, null, null), "hash", NOW);
        CriteriaSet family = new CriteriaContentFiles(Path.of("../content")).sets().stream()
                .filter(d -> d.code().equals("GDHT")).map(d -> CriteriaSet.publish(d, null, NOW)).findFirst().orElseThrow();
        Assessment assessment = Assessment.start(family, new Assessment.Subject("A1", "Gia đình bà Vũ Thị Lan", group), head, 2026, NOW);
        family.indicators().forEach(i -> assessment.answer(i.number(), i.maxPoints(), null));
        assessment.submit(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), head, NOW);
        assessment.accept(reviewer, null, NOW);
        assessment.recognise(new RecognitionDecision(ward, 2026, "15/QĐ-UBND", LocalDate.of(2026, 12, 20), "Nguyễn Văn Hùng", 1, NOW),
                reviewer, NOW);

        byte[] pdf = TitleCertificatePdf.render(new TitleCertificate(assessment, "K7QF-2M9X-D4TR-8HNB", NOW), "Tổ dân phố số 2");

        assertThat(PdfInspection.text(pdf)).contains("ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ", "GIẤY CHỨNG NHẬN", "Công nhận gia đình:",
                "Gia đình bà Vũ Thị Lan", "Đạt danh hiệu “Gia đình học tập” năm 2026", "Theo Quyết định số 15/QĐ-UBND ngày 20/12/2026",
                "Tổ dân phố số 2, Phường Bồ Đề", "Phường Bồ Đề, ngày 20 tháng 12 năm 2026", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Hùng",
                "Mã xác minh: K7QF-2M9X-D4TR-8HNB");
        assertThat(PdfInspection.qrCodeOnFirstPage(pdf)).endsWith("verify.xhtml?code=K7QF-2M9X-D4TR-8HNB");
        assertThat(PdfInspection.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfInspection.fonts(pdf)).allSatisfy(font -> assertThat(font.name()).matches("[A-Z]{6}\\+LiberationSerif.*"));
    }
}
