package vn.hoctap.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.materials.SampleFiles;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.portal.it.Materials.MANAGER;
import static vn.hoctap.portal.it.Materials.PASSWORD;

/**
 * Open learning materials over HTTP against the real EAR and database: publish a file, its text
 * extracted in the background with exact diacritics, withdraw it from the public; versions keep
 * their history; bad files end with a clear status and break nothing; refused files leave no row
 * and no file; who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Path samples() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("portal.test.dir"), "samples"));
    }

    private static long centre() {
        return Database.centreId(Materials.CENTRE);
    }

    @Test
    void a_pdf_is_published_its_vietnamese_text_extracted_exactly_and_withdrawing_hides_it() throws IOException {
        String title = Materials.title("Xóa mù chữ cho người lớn tuổi");
        Path pdf = SampleFiles.pdf(samples().resolve("xoa-mu-chu.pdf"),
                "Lớp xóa mù chữ giai đoạn 1\nHọc buổi tối tại nhà văn hóa tổ dân phố số 3", "Đọc, viết và làm tính");
        long id = Materials.upload(base, pdf, title);

        assertThat(Http.at(base).get("api/materials/" + id).statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(Http.at(base).get("api/materials/" + id + "/file").statusCode()).isEqualTo(404);
        JsonObject extraction = Materials.extraction(base, id);
        assertThat(extraction.getString("status")).as(extraction.toString()).isEqualTo("DONE");
        assertThat(extraction.getInt("pagesTotal")).isEqualTo(2);
        assertThat(extraction.getInt("percent")).isEqualTo(100);

        Materials.publish(base, id);
        var page = Http.at(base).get("api/materials/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject material = Materials.json(page.body());
        assertThat(material.getString("title")).isEqualTo(title);
        assertThat(material.getString("status")).isEqualTo("PUBLISHED");
        assertThat(material.getString("format")).isEqualTo("PDF");
        assertThat(material.getString("publisher")).isEqualTo("Trung tâm học tập cộng đồng phường Gia Thụy");
        assertThat(material.getString("excerpt")).as("exact diacritics, NFC")
                .contains("Lớp xóa mù chữ giai đoạn 1", "Học buổi tối tại nhà văn hóa tổ dân phố số 3", "Đọc, viết và làm tính")
                .isEqualTo(Normalizer.normalize(material.getString("excerpt"), Normalizer.Form.NFC));
        assertThat(material.getBoolean("manageable")).as("anonymous").isFalse();
        assertThat(material.get("versions").asJsonArray()).as("history is for managers").isEmpty();

        var file = Http.at(base).getBytes("api/materials/" + id + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
                "inline; filename=\"xoa-mu-chu.pdf\"; filename*=UTF-8''xoa-mu-chu.pdf");
        assertThat(file.body()).isEqualTo(Files.readAllBytes(pdf));
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).contains(Database.column("select sha256 from material_version where material_id = ?", id).get(0).toString());

        assertThat(Database.column("select action from material_step where material_id = ? order by id", id))
                .containsExactly("CREATED", "NEW_VERSION", "PUBLISHED");
        long stamp = Database.count("select change_stamp from material where id = ?", id);
        assertThat(stamp).isPositive();

        var withdrawn = Http.at(base).as(MANAGER, PASSWORD).put("api/materials/" + id + "/status", "{\"status\":\"WITHDRAWN\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(Http.at(base).get("api/materials/" + id).statusCode()).as("gone from the public").isEqualTo(404);
        assertThat(Http.at(base).get("api/materials/" + id + "/file").statusCode()).isEqualTo(404);
        assertThat(Database.count("select change_stamp from material where id = ?", id)).as("a new stamp").isGreaterThan(stamp);
        var managerView = Materials.json(Http.at(base).as(MANAGER, PASSWORD).get("api/materials/" + id).body());
        assertThat(managerView.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(managerView.get("history").asJsonArray()).extracting(v -> v.asJsonObject().getString("action"))
                .containsExactly("WITHDRAWN", "PUBLISHED", "NEW_VERSION", "CREATED");
        assertThat(managerView.get("history").asJsonArray().get(0).asJsonObject().getString("by")).isEqualTo("Ngô Thị Phương Thảo");

        assertThat(Http.at(base).as(MANAGER, PASSWORD).put("api/materials/" + id + "/status", "{\"status\":\"WITHDRAWN\"}")
                .body()).contains("material.status.notAllowed");
        Materials.publish(base, id);
        assertThat(Http.at(base).get("api/materials/" + id).statusCode()).as("published again").isEqualTo(200);
    }

    @Test
    void a_docx_and_a_text_typed_in_nfd_give_their_text() throws IOException {
        long docx = Materials.upload(base, SampleFiles.docx(samples().resolve("luat-cu-tru.docx"),
                "Luật Cư trú năm 2020", "Đăng ký thường trú, tạm trú cho người mới đến phường"), Materials.title("Luật Cư trú"));
        Path nfd = Files.writeString(samples().resolve("doc-sach.txt"),
                Normalizer.normalize("Đọc sách cùng con mười lăm phút mỗi tối", Normalizer.Form.NFD));
        long text = Materials.upload(base, nfd, Materials.title("Đọc sách cùng con"));

        assertThat(Materials.extraction(base, docx).getString("status")).isEqualTo("DONE");
        assertThat(Materials.extraction(base, text).getString("status")).isEqualTo("DONE");
        String docxText = Materials.json(Http.at(base).as(MANAGER, PASSWORD).get("api/materials/" + docx).body()).getString("excerpt");
        assertThat(docxText).contains("Luật Cư trú năm 2020", "Đăng ký thường trú, tạm trú cho người mới đến phường");
        JsonObject plain = Materials.json(Http.at(base).as(MANAGER, PASSWORD).get("api/materials/" + text).body());
        assertThat(plain.getString("excerpt")).isEqualTo("Đọc sách cùng con mười lăm phút mỗi tối");
        assertThat(plain.getString("format")).isEqualTo("TXT");
        assertThat(plain.getJsonObject("file").getString("mediaType")).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void a_new_version_becomes_current_and_the_earlier_one_stays_for_managers() throws IOException {
        Path first = SampleFiles.pdf(samples().resolve("tiem-chung-v1.pdf"), "Lịch tiêm chủng năm 2026");
        long id = Materials.upload(base, first, Materials.title("Lịch tiêm chủng"));
        Materials.extraction(base, id);
        Materials.publish(base, id);

        Path second = SampleFiles.docx(samples().resolve("Lịch tiêm chủng – bản sửa.docx"), "Lịch tiêm chủng năm 2026, bản sửa tháng Ba");
        var added = new Multipart().file("file", second).post(base, "api/materials/" + id + "/versions", MANAGER, PASSWORD);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"version\":2");
        assertThat(Materials.extraction(base, id).getInt("version")).isEqualTo(2);

        JsonObject material = Materials.json(Http.at(base).as(MANAGER, PASSWORD).get("api/materials/" + id).body());
        assertThat(material.getString("format")).isEqualTo("DOCX");
        assertThat(material.getString("excerpt")).contains("bản sửa tháng Ba");
        assertThat(material.get("versions").asJsonArray()).extracting(v -> v.asJsonObject().getInt("number")).containsExactly(2, 1);
        assertThat(material.get("versions").asJsonArray().get(1).asJsonObject().getString("fileName")).isEqualTo("tiem-chung-v1.pdf");

        var current = Http.at(base).getBytes("api/materials/" + id + "/file");
        assertThat(current.body()).isEqualTo(Files.readAllBytes(second));
        assertThat(current.headers().firstValue("Content-Disposition").orElseThrow()).as("a DOCX is downloaded, named in UTF-8")
                .startsWith("attachment; filename=\"Lich tiem chung _ ban sua.docx\"")
                .endsWith("filename*=UTF-8''L%E1%BB%8Bch%20ti%C3%AAm%20ch%E1%BB%A7ng%20%E2%80%93%20b%E1%BA%A3n%20s%E1%BB%ADa.docx");
        assertThat(Http.at(base).as(MANAGER, PASSWORD).getBytes("api/materials/" + id + "/file?version=1").body())
                .isEqualTo(Files.readAllBytes(first));
        assertThat(Http.at(base).getBytes("api/materials/" + id + "/file?version=1").statusCode())
                .as("earlier versions are for managers").isEqualTo(404);
        assertThat(Database.column("select action from material_step where material_id = ? order by id", id))
                .containsExactly("CREATED", "NEW_VERSION", "PUBLISHED", "NEW_VERSION");
    }

    @Test
    void encrypted_damaged_and_zip_bomb_files_are_kept_with_a_clear_reason_and_nothing_else_breaks() throws IOException {
        long encrypted = Materials.upload(base, SampleFiles.encryptedPdf(samples().resolve("ke-hoach-mat.pdf"),
                "Kế hoạch năm 2026", "matkhau2026"), Materials.title("Kế hoạch (có mật khẩu)"));
        long corrupt = Materials.upload(base, SampleFiles.corruptPdf(samples().resolve("ban-scan-hong.pdf")),
                Materials.title("Bản scan hỏng"));
        long bomb = Materials.upload(base, SampleFiles.zipBombDocx(samples().resolve("bom-nen.docx"), 60),
                Materials.title("Tài liệu nén bất thường"));
        long good = Materials.upload(base, SampleFiles.pdf(samples().resolve("sau.pdf"), "Phòng chống đuối nước cho trẻ em"),
                Materials.title("Phòng chống đuối nước"));

        JsonObject locked = Materials.extraction(base, encrypted);
        assertThat(locked.getString("status")).isEqualTo("FAILED");
        assertThat(locked.getString("failure")).isEqualTo("ENCRYPTED");
        assertThat(Materials.extraction(base, corrupt).getString("failure")).isEqualTo("CORRUPT");
        assertThat(Materials.extraction(base, bomb).getString("failure")).isEqualTo("ZIP_BOMB");
        assertThat(Materials.extraction(base, good).getString("status")).as("the next file is extracted as usual").isEqualTo("DONE");

        Materials.publish(base, encrypted);
        JsonObject published = Materials.json(Http.at(base).get("api/materials/" + encrypted).body());
        assertThat(published.getString("status")).as("published without text").isEqualTo("PUBLISHED");
        assertThat(published.getString("excerpt")).isEmpty();
        assertThat(Http.at(base).get("api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void refused_files_leave_no_row_and_no_file_and_say_why() throws IOException {
        long before = Database.count("select count(*) from material");
        var program = new Multipart().json("metadata", Materials.metadata(centre(), Materials.title("Phần mềm")))
                .file("file", SampleFiles.windowsProgram(samples().resolve("tai-lieu.pdf")))
                .post(base, "api/materials", MANAGER, PASSWORD);
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(program.body()).contains("\"field\":\"file\"", "material.file.typeRefused", "Loại tệp không được chấp nhận");

        var tooLarge = new Multipart().json("metadata", Materials.metadata(centre(), Materials.title("Quá lớn")))
                .file("file", "video.pdf", new byte[50 * 1024 * 1024 + 1])
                .post(base, "api/materials", MANAGER, PASSWORD);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("material.file.tooLarge", "Tệp quá lớn: tối đa 50 MB.");

        var markup = new Multipart().json("metadata", Materials.metadata(centre(), "<script>alert(1)</script>"))
                .file("file", SampleFiles.pdf(samples().resolve("x.pdf"), "x"))
                .post(base, "api/materials", MANAGER, PASSWORD);
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).contains("\"field\":\"title\"", "text.markup");

        var noMetadata = new Multipart().file("file", SampleFiles.pdf(samples().resolve("y.pdf"), "y"))
                .post(base, "api/materials", MANAGER, PASSWORD);
        assertThat(noMetadata.statusCode()).isEqualTo(400);
        assertThat(noMetadata.body()).contains("material.metadata.required");

        assertThat(Database.count("select count(*) from material")).as("no row").isEqualTo(before);
        Path staging = Path.of(System.getProperty("portal.it.data.dir"), "materials", "staging");
        if (Files.isDirectory(staging)) {
            try (Stream<Path> left = Files.list(staging)) {
                assertThat(left).as("no file left behind").isEmpty();
            }
        }
    }

    @Test
    void only_the_centres_managers_and_administrators_above_it_publish_and_see_drafts() throws IOException {
        long id = Materials.upload(base, SampleFiles.pdf(samples().resolve("noi-bo.pdf"), "Tài liệu nội bộ"),
                Materials.title("Tài liệu nội bộ"));
        Http otherManager = Http.at(base).as(Materials.MANAGER_OF_BO_DE, PASSWORD);
        assertThat(otherManager.get("api/materials/" + id).statusCode()).as("another centre's draft").isEqualTo(404);
        assertThat(otherManager.put("api/materials/" + id + "/status", "{\"status\":\"PUBLISHED\"}").statusCode()).isEqualTo(403);
        assertThat(otherManager.put("api/materials/" + id, Materials.metadata(null, "Đổi tên")).statusCode()).isEqualTo(403);
        assertThat(new Multipart().json("metadata", Materials.metadata(centre(), "Của trung tâm khác"))
                .file("file", SampleFiles.pdf(samples().resolve("khac.pdf"), "khác"))
                .post(base, "api/materials", Materials.MANAGER_OF_BO_DE, PASSWORD).statusCode()).isEqualTo(403);

        String resident = Residents.stored(1, 1980, "HN-LB-GT-T01").get(0);
        assertThat(new Multipart().json("metadata", Materials.metadata(centre(), "Người dân đăng"))
                .file("file", SampleFiles.pdf(samples().resolve("dan.pdf"), "dân"))
                .post(base, "api/materials", resident, Residents.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(Http.at(base).as(resident, Residents.PASSWORD).get("api/materials").statusCode()).isEqualTo(403);

        Http districtAdmin = Http.at(base).as(Materials.DISTRICT_ADMIN, PASSWORD);
        assertThat(districtAdmin.get("api/materials/" + id).statusCode()).as("the district's administrator").isEqualTo(200);
        assertThat(districtAdmin.put("api/materials/" + id, Materials.metadata(centre(), "Tài liệu nội bộ (đã sửa)"))
                .statusCode()).isEqualTo(204);
        assertThat(Http.at(base).as(MANAGER, PASSWORD).get("api/materials?status=DRAFT&size=100").body())
                .contains("Tài liệu nội bộ (đã sửa)");
        assertThat(otherManager.get("api/materials?size=100").body()).doesNotContain("Tài liệu nội bộ");
    }

    @Test
    void an_administrator_publishes_a_video_link_for_the_district() {
        Http admin = Http.at(base).as(Materials.DISTRICT_ADMIN, PASSWORD);
        String title = Materials.title("Video: sơ cứu người bị đuối nước");
        String form = Materials.metadata(null, title).replace("}", ",\"link\":\"https://video.example.vn/so-cuu\",\"linkKind\":\"VIDEO\"}");
        var created = admin.post("api/materials", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Materials.json(created.body()).getJsonNumber("id").longValue();
        assertThat(admin.put("api/materials/" + id + "/status", "{\"status\":\"PUBLISHED\"}").statusCode()).isEqualTo(204);

        JsonObject material = Materials.json(Http.at(base).get("api/materials/" + id).body());
        assertThat(material.getString("format")).isEqualTo("VIDEO");
        assertThat(material.getString("link")).isEqualTo("https://video.example.vn/so-cuu");
        assertThat(material.getString("publisher")).isEqualTo("Quận Long Biên");
        assertThat(Http.at(base).get("api/materials/" + id + "/file").statusCode()).isEqualTo(404);
        assertThat(admin.post("api/materials", form.replace("https://video.example.vn/so-cuu", "javascript:alert(1)")).body())
                .contains("\"field\":\"link\"", "material.link.invalid");
        assertThat(Http.at(base).as(MANAGER, PASSWORD).put("api/materials/" + id + "/status", "{\"status\":\"WITHDRAWN\"}")
                .statusCode()).as("a centre's manager does not act for the district").isEqualTo(403);
    }

    @Test
    void the_subjects_and_the_demo_materials_are_loaded_and_their_text_extracted() {
        var subjects = Http.at(base).get("api/subjects");
        assertThat(subjects.statusCode()).isEqualTo(200);
        assertThat(subjects.body()).contains("\"code\":\"LITERACY\"", "\"code\":\"LIFELONG_LEARNING\"", "\"nameVi\":\"Sức khỏe\"");

        long demo = Database.count("select count(*) from material where content_key is not null and status = 'PUBLISHED'");
        assertThat(demo).isPositive();
        long id = Database.count("select min(id) from material where content_key is not null and status = 'PUBLISHED' and kind = 'FILE'");
        JsonObject extraction = Materials.extraction(base, id);
        assertThat(extraction.getString("status")).isEqualTo("DONE");
        assertThat(Materials.json(Http.at(base).get("api/materials/" + id).body()).getString("excerpt")).isNotBlank();
    }
}
