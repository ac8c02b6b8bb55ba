package vn.hoctap.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents sign up through the API: the rules, the messages, what is stored, the welcome mail. */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private long group() {
        return Database.groupId("HN-LB-BD-T03");
    }

    @Test
    void a_resident_signs_up_signs_in_and_gets_a_welcome_mail_in_vietnamese() throws Exception {
        String email = Residents.newEmail();
        String phone = Residents.newPhone();
        var created = Http.at(base).post("api/accounts",
                Residents.signUpJson("  Trần   Thị Bích Ngọc ", 1990, phone, email.toUpperCase(), group()));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"fullName\":\"Trần Thị Bích Ngọc\"", "\"role\":\"RESIDENT\"")
                .doesNotContain("password");
        var me = Http.at(base).as(phone, Residents.PASSWORD).get("api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Tổ dân phố số 3", "Phường Bồ Đề", email);

        MimeMessage welcome = awaitMailTo(email).orElseThrow(() -> new AssertionError("no welcome mail to " + email));
        assertThat(welcome.getSubject()).isEqualTo("Chào mừng bạn đến với Cổng học tập cộng đồng");
        assertThat(welcome.getContent().toString()).contains("Xin chào Trần Thị Bích Ngọc");
    }

    @Test
    void missing_fields_are_all_named_and_nothing_is_stored() {
        long before = Database.count("select count(*) from account");
        var response = Http.at(base).post("api/accounts", "{\"password\":\"abc\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(
                "\"field\":\"fullName\"", "Vui lòng nhập họ và tên.",
                "\"field\":\"birthYear\"", "Vui lòng nhập năm sinh.",
                "\"field\":\"residentialGroupId\"",
                "signup.contact.required",
                "\"field\":\"password\"");
        assertThat(Database.count("select count(*) from account")).isEqualTo(before);
    }

    @Test
    void a_phone_already_registered_in_another_spelling_is_refused() {
        // the demo resident Vũ Thị Lan has 0912 000 201
        var response = Http.at(base).post("api/accounts",
                Residents.signUpJson("Vũ Văn Nam", 1985, "+84 912 000 201", null, group()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("signup.phone.taken", "Số điện thoại này đã được đăng ký");
        assertThat(Database.count("select count(*) from account where full_name = ?", "Vũ Văn Nam")).isZero();
    }

    @Test
    void a_duplicate_email_is_refused() {
        var response = Http.at(base).post("api/accounts",
                Residents.signUpJson("Lê Văn Hùng", 1985, null, "NguoiHoc@hoctap.demo", group()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("signup.email.taken");
    }

    @Test
    void absurd_birth_years_are_refused() {
        int thisYear = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        for (int year : new int[]{1800, thisYear, thisYear + 5}) {
            String phone = Residents.newPhone();
            var response = Http.at(base).post("api/accounts",
                    Residents.signUpJson("Phan Văn Khải", year, phone, null, group()));
            assertThat(response.statusCode()).as("birth year " + year).isEqualTo(400);
            assertThat(response.body()).contains("signup.birthYear.implausible");
            assertThat(Database.count("select count(*) from account where phone = ?", phone)).isZero();
        }
    }

    @Test
    void html_in_a_name_is_refused_not_stored() {
        String phone = Residents.newPhone();
        var response = Http.at(base).post("api/accounts",
                Residents.signUpJson("<script>alert(1)</script>", 1990, phone, null, group()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("signup.fullName.invalid");
        assertThat(Database.count("select count(*) from account where phone = ?", phone)).isZero();
    }

    @Test
    void an_unknown_residential_group_and_a_bad_phone_are_refused() {
        var response = Http.at(base).post("api/accounts",
                Residents.signUpJson("Đinh Văn Lâm", 1990, "12345", null, 999_999));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("signup.phone.invalid");
    }

    @Test
    void messages_follow_the_requested_language() {
        var response = Http.at(base).inLanguage("en").post("api/accounts", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Please enter your full name.");
    }

    @Test
    void malformed_json_is_a_clear_400() {
        var response = Http.at(base).post("api/accounts", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("at org.", "at java.");
    }

    @Test
    void a_resident_changes_their_password() {
        String phone = Residents.newPhone();
        assertThat(Http.at(base).post("api/accounts",
                Residents.signUpJson("Ngô Thị Hoa", 1975, phone, null, group())).statusCode()).isEqualTo(201);

        var wrongCurrent = Http.at(base).as(phone, Residents.PASSWORD).put("api/me/password",
                "{\"currentPassword\":\"sai-mat-khau1\",\"newPassword\":\"MatKhauMoi2027\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("password.current.wrong");

        var weak = Http.at(base).as(phone, Residents.PASSWORD).put("api/me/password",
                "{\"currentPassword\":\"" + Residents.PASSWORD + "\",\"newPassword\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);

        var changed = Http.at(base).as(phone, Residents.PASSWORD).put("api/me/password",
                "{\"currentPassword\":\"" + Residents.PASSWORD + "\",\"newPassword\":\"MatKhauMoi2027\"}");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(Http.at(base).as(phone, "MatKhauMoi2027").get("api/me").statusCode()).isEqualTo(200);
        assertThat(Http.at(base).as(phone, Residents.PASSWORD).get("api/me").statusCode()).isEqualTo(401);
    }

    private static Optional<MimeMessage> awaitMailTo(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : TestInfrastructure.mail().messages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    return Optional.of(message);
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }
}
