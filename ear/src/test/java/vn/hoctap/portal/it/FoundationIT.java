package vn.hoctap.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack itself: database and schema, demo content, OpenAPI, pages and error pages. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void health_reports_the_database_and_the_schema_at_the_newest_migration() throws Exception {
        int newest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../ejb/src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
        var response = Http.at(base).get("api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"up\":true", "MariaDB", "\"schemaVersion\":\"" + newest + "\"");
    }

    @Test
    void demo_content_is_loaded_with_its_wards_and_residential_groups() {
        var response = Http.at(base).get("api/wards");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Phường Bồ Đề", "Phường Ngọc Thụy", "Phường Gia Thụy", "Xã Phù Linh", "Tổ dân phố Gia Quất");
    }

    @Test
    void openapi_document_describes_the_api() {
        var response = Http.at(base).get("openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/accounts", "/api/centres/{id}", "/api/health");
    }

    @Test
    void home_page_speaks_vietnamese_by_default() {
        var response = Http.at(base).get("");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"vi\"", "Cổng học tập cộng đồng", "Học tập suốt đời ngay tại phường của bạn");
    }

    @Test
    void a_form_posted_after_its_view_expired_leads_to_the_expired_page() {
        var response = Http.at(base).postForm("login.xhtml",
                "login=login&login%3Alogin=a&login%3Apassword=b&login%3Asubmit=&jakarta.faces.ViewState=1234%3A5678");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/errors/expired.xhtml"));

        var page = Http.at(base).get("errors/expired.xhtml");
        assertThat(page.body()).contains("Phiên làm việc đã hết hạn");
    }

    @Test
    void unknown_page_shows_the_friendly_404_page_without_a_stack_trace() {
        var response = Http.at(base).get("khong-co-trang-nay.xhtml");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("Caused by", "at org.", "at java.");
    }
}
