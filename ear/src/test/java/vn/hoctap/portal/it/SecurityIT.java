package vn.hoctap.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authentication and authorisation at the HTTP level: wrong passwords, throttling, roles on the
 * API and on pages, and the rule that a manager or administrator acts only within their scope.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    static final String DEMO_PASSWORD = "Hoctap2026";
    static final String MANAGER_BO_DE = "quanly.bode@hoctap.demo";
    static final String DISTRICT_ADMIN_LONG_BIEN = "admin.longbien@hoctap.demo";
    static final String CITY_ADMIN = "admin.hanoi@hoctap.demo";
    static final String RESIDENT = "nguoihoc@hoctap.demo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void the_api_asks_anonymous_callers_to_authenticate() {
        var response = Http.at(base).get("api/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void a_wrong_password_is_refused_and_the_right_one_accepted() {
        assertThat(Http.at(base).as(RESIDENT, "wrong-password1").get("api/me").statusCode()).isEqualTo(401);
        var me = Http.at(base).as(RESIDENT, DEMO_PASSWORD).get("api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Vũ Thị Lan").doesNotContain("passwordHash");
    }

    @Test
    void a_phone_number_in_any_spelling_signs_in() {
        assertThat(Http.at(base).as("+84 912 000 202", DEMO_PASSWORD).get("api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void repeated_failures_lock_the_account_even_for_the_right_password() {
        String phone = Residents.newPhone();
        assertThat(Http.at(base).post("api/accounts", Residents.signUpJson("Kiều Văn Thắng", 1980, phone, null,
                Database.groupId("HN-LB-GT-T01"))).statusCode()).isEqualTo(201);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(Http.at(base).as(phone, "wrong-password" + attempt).get("api/me").statusCode()).isEqualTo(401);
        }
        assertThat(Database.count("select failed_logins from account where phone = ?", phone)).isEqualTo(5);
        assertThat(Database.count("select count(*) from account where phone = ? and locked_until > utc_timestamp(6)", phone))
                .isEqualTo(1);
        assertThat(Http.at(base).as(phone, Residents.PASSWORD).get("api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void a_resident_may_not_use_the_manager_api() {
        assertThat(Http.at(base).as(RESIDENT, DEMO_PASSWORD).get("api/centres").statusCode()).isEqualTo(403);
        assertThat(Http.at(base).as(RESIDENT, DEMO_PASSWORD).get("api/centres/" + Database.centreId("TTHTCD-BD"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void a_centre_manager_sees_their_own_centre_and_not_another() {
        var own = Http.at(base).as(MANAGER_BO_DE, DEMO_PASSWORD).get("api/centres/" + Database.centreId("TTHTCD-BD"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Trung tâm học tập cộng đồng phường Bồ Đề", "\"residentialGroups\":5");

        var other = Http.at(base).as(MANAGER_BO_DE, DEMO_PASSWORD).get("api/centres/" + Database.centreId("TTHTCD-NT"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Bạn không có quyền thực hiện thao tác này.")
                .doesNotContain("Trung tâm học tập cộng đồng phường Ngọc Thụy");

        var list = Http.at(base).as(MANAGER_BO_DE, DEMO_PASSWORD).get("api/centres");
        assertThat(list.body()).contains("phường Bồ Đề")
                .doesNotContain("Trung tâm học tập cộng đồng phường Ngọc Thụy", "xã Phù Linh");
    }

    @Test
    void a_district_administrator_acts_within_the_district_only() {
        Http admin = Http.at(base).as(DISTRICT_ADMIN_LONG_BIEN, DEMO_PASSWORD);
        assertThat(admin.get("api/centres/" + Database.centreId("TTHTCD-NT")).statusCode()).isEqualTo(200);
        assertThat(admin.get("api/centres/" + Database.centreId("TTHTCD-PL")).statusCode()).isEqualTo(403);
        assertThat(admin.get("api/centres").body())
                .contains("phường Bồ Đề", "phường Ngọc Thụy", "phường Gia Thụy").doesNotContain("xã Phù Linh");
    }

    @Test
    void a_city_administrator_acts_across_districts() {
        Http admin = Http.at(base).as(CITY_ADMIN, DEMO_PASSWORD);
        assertThat(admin.get("api/centres/" + Database.centreId("TTHTCD-PL")).statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_centre_is_404() {
        assertThat(Http.at(base).as(CITY_ADMIN, DEMO_PASSWORD).get("api/centres/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymous_visitors_of_manager_pages_are_sent_to_the_login_page() {
        var response = Http.at(base).get("manager/index.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml?next=%2Fmanager%2Findex.xhtml"));
    }

    @Test
    void a_resident_gets_the_friendly_403_page_for_manager_pages() {
        var response = Http.at(base).as(RESIDENT, DEMO_PASSWORD).get("manager/index.xhtml");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Bạn không có quyền truy cập trang này").doesNotContain("at org.");
    }

    @Test
    void a_manager_gets_the_403_page_for_another_centres_page() {
        Http manager = Http.at(base).as(MANAGER_BO_DE, DEMO_PASSWORD);
        var own = manager.get("manager/centre.xhtml?id=" + Database.centreId("TTHTCD-BD"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Trung tâm học tập cộng đồng phường Bồ Đề");

        var other = manager.get("manager/centre.xhtml?id=" + Database.centreId("TTHTCD-PL"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Bạn không có quyền truy cập trang này").doesNotContain("xã Phù Linh");
    }
}
