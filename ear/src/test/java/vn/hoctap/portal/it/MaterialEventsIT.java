package vn.hoctap.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.materials.SampleFiles;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.materials.boundary.MaterialFeed;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside the server: what the search index gets — MaterialPublished when a material is published
 * and again when its text arrives, MaterialWithdrawn when it is withdrawn (observed after commit),
 * and the same through MaterialFeed (pages of published documents, changes after a stamp); and a
 * time limit of zero gives up every extraction with TIMEOUT.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialEventsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalForTestsInside(MaterialEventsIT.class, MaterialEventsRecorder.class, Materials.class,
                Multipart.class, Http.class, Database.class, SampleFiles.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    MaterialEventsRecorder events;

    @Inject
    MaterialFeed feed;

    private static Path samples() throws IOException {
        return Files.createTempDirectory("material-events");
    }

    @Test
    void publishing_then_the_text_then_withdrawing_reach_the_index_as_events_and_through_the_feed() throws IOException {
        long stampBefore = feed.latestStamp();
        long countBefore = feed.publishedCount();
        String title = Materials.title("Phòng chống sốt xuất huyết");
        long id = Materials.upload(base, SampleFiles.pdf(samples().resolve("sot-xuat-huyet.pdf"),
                "Diệt lăng quăng, bọ gậy mỗi tuần"), title);
        Materials.extraction(base, id);
        assertThat(events.published(id)).as("a draft is not announced").isEmpty();
        assertThat(feed.changedSince(stampBefore).published()).extracting(MaterialDocument::id).doesNotContain(id);

        Materials.publish(base, id);
        List<MaterialDocument> announced = events.published(id);
        assertThat(announced).hasSize(1);
        MaterialDocument document = announced.get(0);
        assertThat(document.title()).isEqualTo(title);
        assertThat(document.text()).as("the text extracted before publishing comes along").contains("Diệt lăng quăng, bọ gậy mỗi tuần");
        assertThat(document.subject()).isEqualTo("HEALTH");
        assertThat(document.audiences()).containsExactly("ADULTS", "ELDERLY");
        assertThat(document.format()).isEqualTo("PDF");
        assertThat(document.centreId()).isEqualTo(Database.centreId(Materials.CENTRE));
        assertThat(document.centreName()).isEqualTo("Trung tâm học tập cộng đồng phường Gia Thụy");
        assertThat(document.published()).isNotNull();

        assertThat(feed.publishedCount()).isEqualTo(countBefore + 1);
        var changes = feed.changedSince(stampBefore);
        assertThat(changes.published()).extracting(MaterialDocument::id).contains(id);
        assertThat(changes.stamp()).isGreaterThan(stampBefore).isLessThanOrEqualTo(feed.latestStamp());
        assertThat(feed.published(id - 1, 1)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.text()).contains("Diệt lăng quăng");
        });

        long afterPublishing = feed.latestStamp();
        var withdrawn = Http.at(base).as(Materials.MANAGER, Materials.PASSWORD)
                .put("api/materials/" + id + "/status", "{\"status\":\"WITHDRAWN\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(events.withdrawn(id)).isTrue();
        var gone = feed.changedSince(afterPublishing);
        assertThat(gone.withdrawn()).containsExactly(id);
        assertThat(gone.published()).isEmpty();
        assertThat(feed.published(id - 1, 1)).extracting(MaterialDocument::id).doesNotContain(id);
    }

    @Test
    void a_published_material_is_announced_again_when_a_new_versions_text_arrives() throws IOException {
        long id = Materials.upload(base, SampleFiles.pdf(samples().resolve("v1.pdf"), "Phiên bản đầu"),
                Materials.title("Tờ rơi tiêm chủng"));
        Materials.extraction(base, id);
        Materials.publish(base, id);

        var added = new Multipart().file("file", SampleFiles.docx(samples().resolve("v2.docx"), "Phiên bản thứ hai, đã sửa"))
                .post(base, "api/materials/" + id + "/versions", Materials.MANAGER, Materials.PASSWORD);
        assertThat(added.statusCode()).isEqualTo(201);
        Materials.extraction(base, id);

        List<MaterialDocument> announced = events.published(id);
        assertThat(announced).extracting(MaterialDocument::version).containsExactly(1, 2, 2);
        assertThat(announced.get(1).text()).as("version 2 before its text").doesNotContain("Phiên bản thứ hai");
        assertThat(announced.get(2).text()).contains("Phiên bản thứ hai, đã sửa");
        assertThat(announced.get(2).format()).isEqualTo("DOCX");
    }

    @Test
    void with_a_time_limit_of_zero_an_extraction_is_given_up_as_timed_out() throws IOException {
        System.setProperty("portal.materials.extraction.timeout", "0");
        try {
            long id = Materials.upload(base, SampleFiles.pdf(samples().resolve("cham.pdf"), "Trang chậm"),
                    Materials.title("Tài liệu xử lý chậm"));
            var state = Materials.extraction(base, id);
            assertThat(state.getString("status")).isEqualTo("FAILED");
            assertThat(state.getString("failure")).isEqualTo("TIMEOUT");
        } finally {
            System.clearProperty("portal.materials.extraction.timeout");
        }
        long next = Materials.upload(base, SampleFiles.pdf(samples().resolve("nhanh.pdf"), "Trang bình thường"),
                Materials.title("Tài liệu bình thường"));
        assertThat(Materials.extraction(base, next).getString("status")).as("the limit back to normal").isEqualTo("DONE");
    }
}
