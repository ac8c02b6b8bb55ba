package vn.hoctap.portal.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.portal.it.Titles.CITY_ADMIN;
import static vn.hoctap.portal.it.Titles.DISTRICT_ADMIN;
import static vn.hoctap.portal.it.Titles.MANAGER_BD;
import static vn.hoctap.portal.it.Titles.MANAGER_NT;
import static vn.hoctap.portal.it.Titles.json;

/**
 * Learning titles over HTTP against the real EAR, MariaDB and SMTP server: the workflow from a
 * draft to a verified certificate and its mails, versioning of the criteria sets, who may see and
 * review what, and bad input refused with clear messages and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class TitlesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Http as(String login) {
        return Titles.as(base, login);
    }

    private static String uniqueName(String familyAndMiddle) {
        String letters = Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[^a-p]", "x");
        return familyAndMiddle + " " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    private long recognisedCitizens(long ward) {
        JsonObject stats = json(as(MANAGER_BD).get("api/titles/stats?ward=" + ward + "&year=" + Titles.year()), 200);
        return stats.getJsonArray("totals").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals("CITIZEN")).findFirst().orElseThrow().getJsonNumber("recognised").longValue();
    }

    @Test
    void draft_submit_return_resubmit_accept_decide_and_the_certificate_verifies_with_mails_and_the_count_rises() throws Exception {
        long ward = Titles.wardId("HN-LB-BD");
        long before = recognisedCitizens(ward);
        String name = uniqueName("Nguyễn Thị Hải");
        String resident = Titles.resident(base, name, "HN-LB-BD-T03");

        var started = as(resident).post("api/titles/assessments", "{\"kind\":\"CITIZEN\",\"citizenGroup\":\"WORKER\"}");
        JsonObject draft = json(started, 201);
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("criteria")).hasSize(3);
        assertThat(json(as(resident).post("api/titles/assessments", "{\"kind\":\"CITIZEN\",\"citizenGroup\":\"WORKER\"}"), 200)
                .getJsonNumber("id").longValue()).as("one assessment per subject and year: the same one again").isEqualTo(id);

        Titles.scoreAll(base, resident, id, 10, 8);
        JsonObject low = json(as(resident).put("api/titles/assessments/" + id + "/answers/6", "{\"points\":4,\"evidence\":\"Ít dùng ngoại ngữ\"}"), 200);
        JsonObject score = low.getJsonObject("score");
        assertThat(score.getInt("total")).isEqualTo(76);
        assertThat(score.getJsonArray("shortfalls").getValuesAs(JsonObject.class)).extracting(s -> s.getString("reason") + " " + s.getInt("indicator"))
                .containsExactly("INDICATOR_BELOW 6", "TOTAL_BELOW 0");
        var refused = as(resident).post("api/titles/assessments/" + id + "/submission", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()).getString("code")).isEqualTo("assessment.ruleNotMet");

        json(as(resident).put("api/titles/assessments/" + id + "/answers/6", "{\"points\":8,\"evidence\":\"Giao tiếp tiếng Anh cơ bản\"}"), 200);
        var photo = new Multipart().file("file", "anh-lop-tin-hoc.png", png()).post(base,
                "api/titles/assessments/" + id + "/answers/2/evidence", resident, Residents.PASSWORD);
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
        json(as(resident).put("api/titles/assessments/" + id + "/consent", "{\"publish\":true}"), 200);
        JsonObject submitted = json(as(resident).post("api/titles/assessments/" + id + "/submission", ""), 200);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(as(resident).post("api/titles/assessments/" + id + "/submission", "").statusCode())
                .as("a second submission of the same year").isEqualTo(409);
        assertThat(as(resident).put("api/titles/assessments/" + id + "/answers/1", "{\"points\":10}").statusCode())
                .as("no edits once submitted").isEqualTo(409);

        JsonObject queue = json(as(MANAGER_BD).get("api/titles/queue?ward=" + ward + "&size=100&kind=CITIZEN"), 200);
        assertThat(queue.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue()).contains(id);
        HttpResponse<byte[]> evidence = as(MANAGER_BD).getBytes("api/titles/assessments/" + id + "/answers/2/evidence");
        assertThat(evidence.statusCode()).isEqualTo(200);
        assertThat(evidence.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(evidence.body()).isEqualTo(png());

        var noComment = as(MANAGER_BD).post("api/titles/assessments/" + id + "/review", "{\"action\":\"RETURN\",\"comment\":\" \"}");
        assertThat(noComment.statusCode()).isEqualTo(400);
        JsonObject returned = json(as(MANAGER_BD).post("api/titles/assessments/" + id + "/review",
                "{\"action\":\"RETURN\",\"comment\":\"Bổ sung ảnh giấy chứng nhận lớp tin học.\"}"), 200);
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(Mails.to(resident, Duration.ofSeconds(30), 2)).extracting(Mails::subject)
                .anySatisfy(s -> assertThat(s).startsWith("Bản tự đánh giá được trả lại để bổ sung"));

        json(as(resident).put("api/titles/assessments/" + id + "/answers/2", "{\"points\":10,\"evidence\":\"Giấy chứng nhận lớp tin học\"}"), 200);
        assertThat(json(as(resident).post("api/titles/assessments/" + id + "/submission", ""), 200).getString("status")).isEqualTo("SUBMITTED");
        assertThat(json(as(MANAGER_BD).post("api/titles/assessments/" + id + "/review", "{\"action\":\"ACCEPT\"}"), 200)
                .getString("status")).isEqualTo("ACCEPTED");

        String number = Titles.decisionNumber();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        JsonObject decision = json(as(MANAGER_BD).post("api/titles/decisions", "{\"ward\":" + ward + ",\"number\":\"" + number
                + "\",\"decidedOn\":\"" + today + "\",\"signer\":\"Nguyễn Văn Hùng\",\"assessments\":[" + id + "]}"), 201);
        JsonObject recognised = decision.getJsonArray("recognised").getJsonObject(0);
        String code = recognised.getString("verificationCode");
        assertThat(recognised.getString("holder")).isEqualTo(name);

        JsonObject mine = json(as(resident).get("api/titles/assessments/" + id), 200);
        assertThat(mine.getString("status")).isEqualTo("RECOGNISED");
        assertThat(mine.getString("verificationCode")).isEqualTo(code);
        assertThat(mine.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("action"))
                .containsExactly("STARTED", "SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED", "RECOGNISED");
        assertThat(mine.getJsonArray("history").getJsonObject(2).getString("actor")).isEqualTo("Lê Thị Thu Hà");

        HttpResponse<byte[]> pdf = as(resident).getBytes("api/titles/assessments/" + id + "/certificate");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(name, "Đạt danh hiệu “Công dân học tập” năm " + today.getYear(),
                    "Theo Quyết định số " + number, "ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ", "Mã xác minh: " + code);
        }

        var verified = Http.at(base).get("api/certificates/" + code);
        JsonObject answer = json(verified, 200);
        assertThat(answer.keySet()).isEqualTo(Set.of("fullName", "title", "decision", "completedOn", "centre"));
        assertThat(answer.getString("fullName")).isEqualTo(name);
        assertThat(answer.getString("title")).isEqualTo("Công dân học tập năm " + today.getYear());
        assertThat(answer.getString("decision")).isEqualTo(number);
        assertThat(answer.getString("centre")).isEqualTo("Ủy ban nhân dân phường Bồ Đề");
        assertThat(verified.body()).doesNotContain(resident, "1985");
        var page = Http.at(base).get("verify.xhtml?code=" + code.toLowerCase().replace("-", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name, "Công dân học tập năm " + today.getYear(), number);

        List<MimeMessage> mails = Mails.to(resident, Duration.ofSeconds(30), 3);
        assertThat(mails).extracting(Mails::subject).anySatisfy(s -> assertThat(s).startsWith("Chúc mừng: " + name));
        assertThat(recognisedCitizens(ward)).isEqualTo(before + 1);
        assertThat(Http.at(base).get("api/titles/recognised?ward=" + ward).body()).as("agreed to publish").contains(name);
    }

    @Test
    void only_the_holders_who_agreed_are_on_the_public_list() {
        long ward = Titles.wardId("HN-LB-BD");
        String name = uniqueName("Trần Văn Kín");
        String resident = Titles.resident(base, name, "HN-LB-BD-T01");
        long id = Titles.startCitizen(base, resident);
        Titles.scoreAll(base, resident, id, 10, 9);
        json(as(resident).post("api/titles/assessments/" + id + "/submission", ""), 200);
        json(as(MANAGER_BD).post("api/titles/assessments/" + id + "/review", "{\"action\":\"ACCEPT\"}"), 200);
        json(as(MANAGER_BD).post("api/titles/decisions", "{\"ward\":" + ward + ",\"number\":\"" + Titles.decisionNumber()
                + "\",\"decidedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"signer\":\"Nguyễn Văn Hùng\",\"assessments\":[" + id + "]}"), 201);

        assertThat(Http.at(base).get("api/titles/recognised?ward=" + ward).body()).doesNotContain(name);
        assertThat(Http.at(base).get("titles.xhtml?ward=" + ward).body()).doesNotContain(name);
    }

    @Test
    void a_new_version_leaves_earlier_assessments_on_theirs_and_a_used_version_refuses_edits() {
        String first = Titles.resident(base, uniqueName("Lê Văn Tộc"), "HN-LB-BD-T04");
        JsonObject clan = json(as(first).post("api/titles/assessments", "{\"kind\":\"CLAN\",\"subjectName\":\"Dòng họ Lê (chi 3)\"}"), 201);
        long used = clan.getJsonNumber("criteriaSetId").longValue();
        JsonObject set = json(Http.at(base).get("api/criteria-sets/" + used), 200);
        assertThat(set.getBoolean("editable")).isFalse();
        String content = definition(set, "Dòng họ học tập (văn bản của thành phố)");

        var edit = as(CITY_ADMIN).put("api/criteria-sets/" + used, content);
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(json(edit.body()).getString("code")).isEqualTo("criteria.inUse");
        assertThat(json(edit.body()).getString("message")).contains("hãy xuất bản phiên bản mới");
        assertThat(as(DISTRICT_ADMIN).post("api/criteria-sets/" + used + "/versions", content).statusCode())
                .as("the city's administrators publish criteria").isEqualTo(403);
        assertThat(as(MANAGER_BD).post("api/criteria-sets/" + used + "/versions", content).statusCode()).isEqualTo(403);

        JsonObject next = json(as(CITY_ADMIN).post("api/criteria-sets/" + used + "/versions", content), 201);
        long nextId = next.getJsonObject("set").getJsonNumber("id").longValue();
        assertThat(next.getJsonObject("set").getInt("versionNumber")).isEqualTo(set.getJsonObject("set").getInt("versionNumber") + 1);
        assertThat(next.getJsonObject("set").getBoolean("current")).isTrue();
        assertThat(json(Http.at(base).get("api/criteria-sets/" + used), 200).getJsonObject("set").getBoolean("current")).isFalse();

        JsonObject kept = json(as(first).get("api/titles/assessments/" + clan.getJsonNumber("id").longValue()), 200);
        assertThat(kept.getJsonNumber("criteriaSetId").longValue()).as("the earlier assessment keeps its version").isEqualTo(used);
        String second = Titles.resident(base, uniqueName("Lê Thị Tộc"), "HN-LB-BD-T04");
        JsonObject later = json(as(second).post("api/titles/assessments", "{\"kind\":\"CLAN\",\"subjectName\":\"Dòng họ Lê (chi 4)\"}"), 201);
        assertThat(later.getJsonNumber("criteriaSetId").longValue()).isEqualTo(nextId);
        assertThat(later.getString("criteriaSetName")).isEqualTo("Dòng họ học tập (văn bản của thành phố)");
        assertThat(Http.at(base).get("api/criteria-sets?kind=CLAN").body()).contains("\"id\":" + nextId).doesNotContain("\"id\":" + used + ",");
        assertThat(Http.at(base).get("api/criteria-sets?kind=CLAN&all=true").body()).contains("\"id\":" + used + ",");
    }

    @Test
    void a_version_nobody_used_may_be_corrected_in_place_and_a_broken_one_is_refused_with_every_field() {
        long unitSet = Json.array(Http.at(base).get("api/criteria-sets?kind=UNIT").body()).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject set = json(Http.at(base).get("api/criteria-sets/" + unitSet), 200);
        JsonObject published = json(as(CITY_ADMIN).post("api/criteria-sets/" + unitSet + "/versions",
                definition(set, "Đơn vị học tập (bản nháp của thành phố)")), 201);
        long fresh = published.getJsonObject("set").getJsonNumber("id").longValue();
        assertThat(published.getBoolean("editable")).isTrue();

        JsonObject corrected = json(as(CITY_ADMIN).put("api/criteria-sets/" + fresh, definition(set, "Đơn vị học tập (thành phố, đã sửa)")), 200);
        assertThat(corrected.getJsonObject("set").getString("name")).isEqualTo("Đơn vị học tập (thành phố, đã sửa)");
        assertThat(corrected.getJsonObject("set").getInt("versionNumber")).isEqualTo(published.getJsonObject("set").getInt("versionNumber"));

        var broken = as(CITY_ADMIN).inLanguage("en").put("api/criteria-sets/" + fresh,
                "{\"name\":\"\",\"periodFrom\":2030,\"periodTo\":2021,\"minTotal\":500,\"criteria\":[{\"title\":\"T\",\"indicators\":[{\"text\":\"\",\"maxPoints\":0},{\"text\":\"Có\",\"maxPoints\":10}]}]}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken.body()).getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("code"))
                .contains("criteria.name.required", "criteria.period.invalid", "criteria.indicator.text.required",
                        "criteria.indicator.maxPoints.range", "criteria.minTotal.range");
        assertThat(broken.body()).contains("Please enter the name of the set.");
        assertThat(json(Http.at(base).get("api/criteria-sets/" + fresh), 200).getJsonObject("set").getString("name"))
                .as("nothing lost").isEqualTo("Đơn vị học tập (thành phố, đã sửa)");
    }

    @Test
    void residents_see_only_their_own_and_reviewers_only_their_wards() {
        String owner = Titles.resident(base, uniqueName("Phạm Thị Riêng"), "HN-LB-BD-T02");
        String other = Titles.resident(base, uniqueName("Phạm Văn Khác"), "HN-LB-BD-T02");
        long id = Titles.submittedCitizen(base, owner);
        long ward = Titles.wardId("HN-LB-BD");

        assertThat(as(other).get("api/titles/assessments/" + id).statusCode()).as("another resident's: not there").isEqualTo(404);
        assertThat(as(other).put("api/titles/assessments/" + id + "/answers/1", "{\"points\":1}").statusCode()).isEqualTo(404);
        assertThat(as(other).getBytes("api/titles/assessments/" + id + "/answers/1/evidence").statusCode()).isEqualTo(404);
        assertThat(as(other).get("api/titles/assessments").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(as(owner).post("api/titles/assessments/" + id + "/review", "{\"action\":\"ACCEPT\"}").statusCode())
                .as("nobody reviews their own").isEqualTo(403);

        var outside = as(MANAGER_NT).post("api/titles/assessments/" + id + "/review", "{\"action\":\"ACCEPT\"}");
        assertThat(outside.statusCode()).as("reviewing outside one's ward").isEqualTo(403);
        assertThat(json(outside.body()).getString("code")).isEqualTo("error.forbidden");
        assertThat(as(MANAGER_NT).get("api/titles/assessments/" + id).statusCode()).isEqualTo(403);
        assertThat(as(MANAGER_NT).get("api/titles/queue?ward=" + ward).statusCode()).isEqualTo(403);
        assertThat(as(MANAGER_NT).get("api/titles/stats?ward=" + ward).statusCode()).isEqualTo(403);
        assertThat(Http.at(base).get("api/titles/queue?ward=" + ward).statusCode()).isEqualTo(401);
        assertThat(Http.at(base).get("api/titles/assessments/" + id).statusCode()).isEqualTo(401);
        assertThat(Database.count("select count(*) from title_step where assessment_id = ?", id)).as("nothing recorded").isEqualTo(2);

        assertThat(json(as(DISTRICT_ADMIN).post("api/titles/assessments/" + id + "/review",
                "{\"action\":\"REJECT\",\"comment\":\"Minh chứng chưa đúng.\"}"), 200).getString("status"))
                .as("an administrator above the ward reviews it").isEqualTo("REJECTED");
    }

    @Test
    void bad_input_is_refused_with_clear_messages_and_nothing_is_lost() throws Exception {
        String resident = Titles.resident(base, uniqueName("Đỗ Thị Sai"), "HN-LB-BD-T05");
        long id = Titles.startCitizen(base, resident);
        json(as(resident).put("api/titles/assessments/" + id + "/answers/3", "{\"points\":7,\"evidence\":\"Lớp kỹ thuật trồng rau\"}"), 200);

        var tooMany = as(resident).put("api/titles/assessments/" + id + "/answers/3", "{\"points\":11}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany.body()).getJsonArray("fields").getJsonObject(0).getString("message")).isEqualTo("Chỉ số 3: điểm phải từ 0 đến 10.");
        assertThat(as(resident).inLanguage("en").put("api/titles/assessments/" + id + "/answers/3", "{\"points\":-1}").body())
                .contains("Indicator 3: points must be between 0 and 10.");
        assertThat(as(resident).put("api/titles/assessments/" + id + "/answers/11", "{\"points\":5}").statusCode()).isEqualTo(400);
        JsonObject kept = json(as(resident).get("api/titles/assessments/" + id), 200);
        assertThat(kept.getJsonArray("criteria").getJsonObject(0).getJsonArray("indicators").getJsonObject(2).getInt("points"))
                .as("the answer given before stays").isEqualTo(7);

        long filesBefore = Database.count("select count(*) from title_answer where file_sha256 is not null");
        var tooLarge = new Multipart().file("file", "anh-to.jpg", new byte[5 * 1024 * 1024 + 1])
                .post(base, "api/titles/assessments/" + id + "/answers/1/evidence", resident, Residents.PASSWORD);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("assessment.evidence.tooLarge", "tối đa 5 MB");
        var program = new Multipart().file("file", "anh.jpg", "MZ\u0090\u0000 this is not a photo".getBytes())
                .post(base, "api/titles/assessments/" + id + "/answers/1/evidence", resident, Residents.PASSWORD);
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(program.body()).contains("assessment.evidence.typeRefused");
        assertThat(Database.count("select count(*) from title_answer where file_sha256 is not null")).isEqualTo(filesBefore);

        var second = as(Titles.resident(base, uniqueName("Đỗ Văn Tổ"), "HN-LB-BD-T05"))
                .post("api/titles/assessments", "{\"kind\":\"COMMUNITY\"}");
        assertThat(second.statusCode()).isIn(200, 201);
        var taken = as(resident).post("api/titles/assessments", "{\"kind\":\"COMMUNITY\"}");
        assertThat(taken.statusCode()).as("the group's community assessment of the year is someone else's").isEqualTo(409);
        assertThat(json(taken.body()).getString("code")).isEqualTo("assessment.subject.taken");
        assertThat(as(resident).post("api/titles/assessments", "{\"kind\":\"FAMILY\",\"subjectName\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(as(resident).post("api/titles/assessments", "{\"kind\":\"CITIZEN\"}").statusCode()).isEqualTo(400);

        var notAccepted = as(MANAGER_BD).post("api/titles/decisions", "{\"ward\":" + Titles.wardId("HN-LB-BD") + ",\"number\":\""
                + Titles.decisionNumber() + "\",\"decidedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                + "\",\"signer\":\"Nguyễn Văn Hùng\",\"assessments\":[" + id + "]}");
        assertThat(notAccepted.statusCode()).isEqualTo(409);
        assertThat(json(notAccepted.body()).getString("code")).isEqualTo("decision.notAccepted");
        assertThat(Database.count("select count(*) from title_assessment where id = ? and decision_id is null", id)).isOne();
    }

    @Test
    void a_submission_after_the_wards_deadline_is_refused_and_kept_as_a_draft() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long ward = Titles.wardId("HN-LB-GT");
        String resident = Titles.resident(base, uniqueName("Ngô Văn Muộn"), "HN-LB-GT-T01");
        JsonObject unit = json(as(resident).post("api/titles/assessments", "{\"kind\":\"UNIT\",\"subjectName\":\"Trường Tiểu học Gia Thụy\"}"), 201);
        long id = unit.getJsonNumber("id").longValue();
        Titles.scoreAll(base, resident, id, 9, 10);
        try {
            if (today.getDayOfYear() > 1) {
                assertThat(as(DISTRICT_ADMIN).put("api/titles/targets", "{\"ward\":" + ward + ",\"year\":" + today.getYear()
                        + ",\"kind\":\"UNIT\",\"targetPercent\":70,\"deadline\":\"" + today.minusDays(1) + "\"}").statusCode()).isEqualTo(204);
            } else {
                Database.update("update title_assessment set year = year - 1 where id = ?", id);
            }
            var late = as(resident).post("api/titles/assessments/" + id + "/submission", "");
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(json(late.body()).getString("code")).isEqualTo("assessment.deadlinePassed");
            assertThat(json(late.body()).getString("message")).startsWith("Đã hết hạn gửi tự đánh giá");
            assertThat(json(as(resident).get("api/titles/assessments/" + id), 200).getString("status")).isEqualTo("DRAFT");
        } finally {
            as(DISTRICT_ADMIN).put("api/titles/targets", "{\"ward\":" + ward + ",\"year\":" + today.getYear()
                    + ",\"kind\":\"UNIT\",\"targetPercent\":70}");
        }
        assertThat(as(MANAGER_BD).put("api/titles/targets", "{\"ward\":" + ward + ",\"year\":" + today.getYear()
                + ",\"kind\":\"UNIT\",\"targetPercent\":70}").statusCode()).as("targets are the administrators'").isEqualTo(403);
        assertThat(as(DISTRICT_ADMIN).put("api/titles/targets", "{\"ward\":" + ward + ",\"year\":" + today.getYear()
                + ",\"kind\":\"UNIT\",\"targetPercent\":170}").statusCode()).isEqualTo(400);
    }

    @Test
    void population_csv_is_imported_whole_or_refused_naming_every_broken_line_and_the_stats_and_xlsx_follow() throws IOException {
        int year = 2031 + (int) (System.nanoTime() % 50);
        long ward = Titles.wardId("HN-LB-NT");
        var broken = as(DISTRICT_ADMIN).post("api/titles/population", "text/csv", ("year,group,kind,eligible\n"
                + year + ",HN-LB-NT-T01,CITIZEN,1200\n" + year + ",HN-XX-T09,CITIZEN,5\n" + year + ",HN-LB-NT-T02,TOWN,3\n").getBytes());
        assertThat(broken.statusCode()).isEqualTo(400);
        JsonObject report = json(broken.body());
        assertThat(report.getInt("imported")).isZero();
        assertThat(report.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getInt("line") + " " + e.getString("key"))
                .containsExactly("3 titles.csv.group", "4 titles.csv.kind");
        assertThat(report.getJsonArray("errors").getJsonObject(0).getString("message")).contains("HN-XX-T09");
        assertThat(Database.count("select count(*) from title_population where year = ?", year)).isZero();

        var imported = as(DISTRICT_ADMIN).post("api/titles/population", "text/csv", (year + ";HN-LB-NT-T01;CITIZEN;1.200\n"
                + year + ";HN-LB-NT-T02;CITIZEN;800\n" + year + ";HN-LB-NT-T01;FAMILY;310\n").getBytes());
        assertThat(json(imported, 200).getInt("imported")).isEqualTo(3);
        assertThat(as(DISTRICT_ADMIN).put("api/titles/targets", "{\"ward\":" + ward + ",\"year\":" + year
                + ",\"kind\":\"CITIZEN\",\"targetPercent\":35}").statusCode()).isEqualTo(204);
        assertThat(as(MANAGER_BD).post("api/titles/population", "text/csv", (year + ",HN-LB-NT-T01,CITIZEN,1\n").getBytes()).statusCode())
                .isEqualTo(403);

        JsonObject stats = json(as(MANAGER_NT).get("api/titles/stats?ward=" + ward + "&year=" + year), 200);
        JsonObject citizens = stats.getJsonArray("totals").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals("CITIZEN")).findFirst().orElseThrow();
        assertThat(citizens.getInt("eligible")).isEqualTo(2000);
        assertThat(citizens.getInt("targetPercent")).isEqualTo(35);
        assertThat(citizens.getInt("targetCount")).isEqualTo(700);
        JsonObject district = json(as(DISTRICT_ADMIN).get("api/titles/stats?district=" + Titles.wardId("HN-LB") + "&year=" + year), 200);
        assertThat(district.getString("scope")).isEqualTo("DISTRICT");
        assertThat(district.getJsonArray("lines").toString()).contains("Phường Ngọc Thụy");
        assertThat(as(MANAGER_NT).get("api/titles/stats?district=" + Titles.wardId("HN-LB") + "&year=" + year).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> xlsx = as(MANAGER_NT).getBytes("api/titles/stats.xlsx?ward=" + ward + "&year=" + year);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var totals = workbook.getSheet("Tổng hợp");
            assertThat(totals.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Công dân học tập");
            assertThat(totals.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(totals.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(700.0);
        }
    }

    private static String definition(JsonObject set, String name) {
        var criteria = jakarta.json.Json.createArrayBuilder();
        for (JsonObject c : set.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            var indicators = jakarta.json.Json.createArrayBuilder();
            for (JsonObject i : c.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                var indicator = jakarta.json.Json.createObjectBuilder().add("text", i.getString("text"))
                        .add("maxPoints", i.getInt("maxPoints")).add("mandatory", i.getBoolean("mandatory"));
                if (i.containsKey("minPoints")) {
                    indicator.add("minPoints", i.getInt("minPoints"));
                }
                if (i.containsKey("evidenceHint")) {
                    indicator.add("evidenceHint", i.getString("evidenceHint"));
                }
                indicators.add(indicator);
            }
            criteria.add(jakarta.json.Json.createObjectBuilder().add("code", c.getString("code")).add("title", c.getString("title"))
                    .add("indicators", indicators));
        }
        JsonObject row = set.getJsonObject("set");
        var body = jakarta.json.Json.createObjectBuilder().add("name", name).add("source", "Quyết định số 99/QĐ-UBND của thành phố")
                .add("periodFrom", row.getInt("periodFrom")).add("periodTo", row.getInt("periodTo")).add("template", false)
                .add("minTotal", row.getInt("minTotal")).add("criteria", criteria);
        if (row.containsKey("minEachIndicator")) {
            body.add("minEachIndicator", row.getInt("minEachIndicator"));
        }
        return body.build().toString();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2e7d32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** JSON arrays, read. */
    private static final class Json {
        static jakarta.json.JsonArray array(String body) {
            return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray();
        }
    }
}
