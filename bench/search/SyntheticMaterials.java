import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.hoctap.portal.materials.boundary.MaterialDocument;

/**
 * Deterministic Vietnamese-like learning materials for bench/search-throughput.sh: titles,
 * descriptions and 1–3 KB texts built from a vocabulary of the centres' words (drawn with Zipf-like
 * frequencies, as real text is), real sentences of ward plans and lessons, and a long tail of rarer
 * two-syllable names made of common syllables, so that term statistics look like real text. Every
 * fifth material is written without diacritics, as many residents type. Material i is the same in
 * every run (its own random stream from a fixed seed), whatever the corpus size.
 *
 * The 200 queries are fixed too: one to four syllables, with and without diacritics, some phrases
 * taken from the sentences.
 */
final class SyntheticMaterials {

    static final long SEED = 20261001L;

    /** Words of everyday text, most frequent first. */
    static final String[] COMMON = ("và|của|các|có|là|người|trong|được|cho|không|một|những|với|đã|này|để|tại|về|"
            + "theo|từ|khi|nếu|thì|mà|nên|vì|cũng|rất|nhiều|đến|ra|vào|phải|cần|sẽ|đang|hoặc|như|bằng|trên|sau|"
            + "trước|mỗi|bà con|gia đình|chúng ta|hằng ngày|thực hiện|tham gia|tổ chức|hướng dẫn|đăng ký|học tập|"
            + "cộng đồng|trung tâm|phường|xã|tổ dân phố|nhân dân|kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|"
            + "tuyên truyền|vận động|lớp học|học viên|giáo viên|người lớn|người cao tuổi|phụ nữ|trẻ em|thanh niên|"
            + "nông dân|công nhân|sức khỏe|an toàn|pháp luật|kỹ năng|thông tin|hiệu quả|chất lượng|năm học|"
            + "buổi tối|cuối tuần|miễn phí|địa chỉ|điện thoại|thời gian|nội dung|tài liệu|bài học|bài giảng").split("\\|");

    /** The centres' subject vocabulary, drawn less often than COMMON. */
    static final String[] TOPICAL = ("xóa mù chữ|biết chữ|giai đoạn|tái mù chữ|phổ cập giáo dục|giáo dục thường xuyên|"
            + "học tập suốt đời|xã hội học tập|công dân học tập|gia đình học tập|dòng họ học tập|khuyến học|khuyến tài|"
            + "đơn vị học tập|tuần lễ|văn hóa đọc|thư viện|đọc sách|ngày sách|câu lạc bộ|phòng chống|dịch bệnh|"
            + "sốt xuất huyết|tiêm chủng|vắc xin|dinh dưỡng|vệ sinh|môi trường|rác thải|nước sạch|huyết áp|"
            + "tiểu đường|sơ cứu|đuối nước|tai nạn|giao thông|mũ bảo hiểm|rượu bia|ma túy|thuốc lá|bảo hiểm y tế|"
            + "khám bệnh|trạm y tế|hôn nhân|bạo lực gia đình|bình đẳng giới|quyền lợi|nghĩa vụ|đất đai|thừa kế|"
            + "hòa giải|căn cước|định danh điện tử|dịch vụ công|trực tuyến|chuyển đổi số|điện thoại thông minh|"
            + "mạng xã hội|lừa đảo|mật khẩu|thanh toán|ngân hàng|tiết kiệm|vay vốn|kinh doanh|hợp tác xã|việc làm|"
            + "học nghề|đào tạo|chứng chỉ|may mặc|điện dân dụng|sửa chữa|xe máy|nấu ăn|làm bánh|chăn nuôi|"
            + "trồng trọt|trồng rau|rau sạch|phân bón|thuốc trừ sâu|lúa gạo|gà thả vườn|nuôi cá|thời tiết|mùa vụ|"
            + "thị trường|sản phẩm|du lịch|tiếng Anh|ngoại ngữ|giao tiếp|máy tính|tin học|thư điện tử|kỹ năng sống|"
            + "kỹ năng mềm|phòng cháy|chữa cháy|biến đổi khí hậu|tiết kiệm điện|ô nhiễm|người khuyết tật|"
            + "chăm sóc|nuôi con|trẻ mầm non|tuổi vị thành niên|sức khỏe sinh sản|người lao động|nghỉ hưu|"
            + "lương hưu|bảo hiểm xã hội|hộ nghèo|cận nghèo|an sinh|văn nghệ|thể dục thể thao|dưỡng sinh").split("\\|");

    /** Real sentences of plans, letters and lessons; queries take phrases from them. */
    static final String[] SENTENCES = {
            "Trung tâm học tập cộng đồng phường tổ chức lớp xóa mù chữ cho người lớn tuổi vào buổi tối.",
            "Phấn đấu đến năm 2030 có 99,8% người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2.",
            "Duy trì và nâng cao chất lượng hoạt động của trung tâm học tập cộng đồng.",
            "Đẩy mạnh xây dựng xã hội học tập giai đoạn 2021 – 2030 trên địa bàn phường.",
            "Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 1 đến ngày 7 tháng 10.",
            "Người học được cấp giấy chứng nhận hoàn thành chương trình xóa mù chữ.",
            "Mỗi gia đình cần rửa tay bằng xà phòng trước khi ăn và sau khi đi vệ sinh.",
            "Không lái xe sau khi uống rượu bia là trách nhiệm của mỗi người tham gia giao thông.",
            "Bà con cần cảnh giác với các cuộc gọi lừa đảo mạo danh cơ quan công an.",
            "Hướng dẫn cài đặt ứng dụng định danh điện tử trên điện thoại thông minh.",
            "Kỹ thuật trồng rau an toàn trong thùng xốp trên sân thượng.",
            "Phòng chống sốt xuất huyết bằng cách diệt lăng quăng và loại bỏ nước đọng.",
            "Lớp tiếng Anh giao tiếp cơ bản dành cho người lao động tự do.",
            "Bình xét danh hiệu công dân học tập, gia đình học tập, dòng họ học tập hằng năm.",
            "Điều tra phổ cập giáo dục và xóa mù chữ theo từng hộ gia đình trong tháng 8.",
            "Ngày Sách và Văn hóa đọc Việt Nam được tổ chức vào ngày 21 tháng 4.",
            "Chăm sóc sức khỏe người cao tuổi tại nhà và phòng ngừa té ngã.",
            "Thủ tục đăng ký kết hôn tại ủy ban nhân dân phường nơi cư trú.",
            "Sơ cứu ban đầu khi trẻ bị hóc dị vật và đuối nước.",
            "Kỹ năng sống cho thanh thiếu niên: giao tiếp, tự bảo vệ và quản lý cảm xúc.",
            "Nuôi gà thả vườn an toàn sinh học và phòng bệnh cho đàn gà.",
            "Tiết kiệm điện trong gia đình góp phần bảo vệ môi trường.",
            "Phân loại rác thải sinh hoạt tại nguồn thành rác hữu cơ, rác tái chế và rác còn lại.",
            "Sử dụng dịch vụ công trực tuyến để nộp hồ sơ không cần đến trụ sở.",
            "Học nghề may công nghiệp ngắn hạn, được giới thiệu việc làm sau khóa học.",
            "Giáo viên kiểm tra, đánh giá và công nhận học viên đạt chuẩn biết chữ.",
            "Tập huấn báo cáo viên pháp luật về phòng chống bạo lực gia đình.",
            "Câu lạc bộ đọc sách của phụ nữ phường sinh hoạt vào chiều thứ bảy.",
            "Vay vốn ưu đãi cho hộ nghèo, hộ cận nghèo để phát triển kinh tế gia đình.",
            "Bảo hiểm y tế hộ gia đình giúp giảm chi phí khi khám chữa bệnh.",
    };

    /** Syllables of names and rarer words: pairs of them make the long tail. */
    static final String[] SYLLABLES = ("an|bình|cường|dũng|đức|giang|hà|hải|hạnh|hòa|hồng|hùng|hương|khánh|lan|linh|"
            + "long|mai|minh|nam|ngọc|nhung|phong|phúc|quang|quân|sơn|tâm|thanh|thảo|thắng|thu|thủy|trang|trung|"
            + "tuấn|vân|việt|xuân|yến|bắc|đông|tây|hưng|thịnh|phát|lộc|tài|tiến|thành|công|bảo|chí|đạt|gia|huy|"
            + "kiên|lâm|nghĩa|nhân|phương|quốc|sang|thái|toàn|trí|vinh|vũ|yên|bồ|đề|ngọc|thụy|phù|sóc|sơn|biên|"
            + "cầu|chợ|đình|chùa|làng|bến|sông|hồ|núi|đồng|ruộng|vườn|ao|ngõ|phố|hẻm|khu|cụm|tổ").split("\\|");

    static final String[] SUBJECTS = {"LITERACY", "HEALTH", "LAW", "AGRICULTURE", "DIGITAL_SKILLS", "LIFE_SKILLS",
            "LANGUAGES", "READING_CULTURE", "VOCATIONAL", "ENVIRONMENT", "LIFELONG_LEARNING", "OTHER"};
    static final String[] AUDIENCES = {"ALL", "ADULTS", "YOUTH", "ELDERLY", "WOMEN", "PARENTS", "FARMERS", "WORKERS",
            "LITERACY_LEARNERS", "DISABILITIES", "NEWCOMERS", "OFFICIALS"};
    static final String[] FORMATS = {"PDF", "PDF", "PDF", "DOCX", "DOCX", "HTML", "TXT", "PPTX", "VIDEO", "WEB_PAGE"};
    static final String[] LICENCES = {"CC_BY", "CC_BY", "CC_BY_SA", "PUBLIC_DOMAIN", "ALL_RIGHTS_RESERVED"};
    static final String[] LEVELS = {"BASIC", "INTERMEDIATE", "ADVANCED"};
    static final int CENTRES = 60;

    private static final double[] COMMON_CUMULATIVE = zipf(COMMON.length, 1.0);
    private static final double[] TOPICAL_CUMULATIVE = zipf(TOPICAL.length, 0.9);

    private SyntheticMaterials() {
    }

    /** Materials 1..count, generated on demand (the corpus is never held twice). */
    static Iterator<MaterialDocument> materials(int count) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public MaterialDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return material(next++);
            }
        };
    }

    static List<MaterialDocument> list(int count) {
        List<MaterialDocument> all = new ArrayList<>(count);
        materials(count).forEachRemaining(all::add);
        return all;
    }

    static MaterialDocument material(long id) {
        SplittableRandom random = new SplittableRandom(SEED * 31 + id);
        boolean plain = id % 5 == 0;
        String title = capitalise(words(random, 4 + random.nextInt(6), 0.6));
        String description = capitalise(words(random, 15 + random.nextInt(16), 0.4)) + ".";
        int target = 1000 + random.nextInt(2049);
        StringBuilder text = new StringBuilder(target + 200);
        while (utf8Length(text) < target) {
            if (random.nextInt(5) == 0) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            } else {
                text.append(capitalise(words(random, 8 + random.nextInt(13), 0.3))).append('.');
            }
            text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }
        List<String> audiences = new ArrayList<>();
        audiences.add(AUDIENCES[random.nextInt(AUDIENCES.length)]);
        if (random.nextBoolean()) {
            String second = AUDIENCES[random.nextInt(AUDIENCES.length)];
            if (!audiences.contains(second)) {
                audiences.add(second);
            }
        }
        long centre = 1 + random.nextInt(CENTRES);
        LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(7 * 365));
        return new MaterialDocument(id, 1, strip(title, plain), strip(description, plain), strip(text.toString(), plain),
                SUBJECTS[random.nextInt(SUBJECTS.length)], audiences, LEVELS[random.nextInt(LEVELS.length)], "vi",
                LICENCES[random.nextInt(LICENCES.length)], FORMATS[random.nextInt(FORMATS.length)], "Tác giả " + id % 997,
                centre, "Trung tâm học tập cộng đồng số " + centre, published);
    }

    /** The 200 queries of every run, in order. */
    static List<String> queries() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> queries = new ArrayList<>(200);
        while (queries.size() < 200) {
            int kind = queries.size() % 10;
            String query;
            if (kind < 4) {
                query = TOPICAL[pick(random, TOPICAL_CUMULATIVE)];
            } else if (kind < 6) {
                query = TOPICAL[pick(random, TOPICAL_CUMULATIVE)] + " " + COMMON[20 + random.nextInt(COMMON.length - 20)];
            } else if (kind < 8) {
                String[] syllables = SENTENCES[random.nextInt(SENTENCES.length)].replaceAll("[.,:–%]", " ").trim().split("\\s+");
                int length = 2 + random.nextInt(3);
                int start = random.nextInt(Math.max(1, syllables.length - length));
                query = String.join(" ", List.of(syllables).subList(start, Math.min(syllables.length, start + length)));
            } else {
                query = SYLLABLES[random.nextInt(SYLLABLES.length)] + " " + SYLLABLES[random.nextInt(SYLLABLES.length)];
            }
            String[] syllables = query.split(" ");
            if (syllables.length > 4) {
                query = String.join(" ", List.of(syllables).subList(0, 4));
            }
            queries.add(random.nextBoolean() ? query : strip(query, true));
        }
        return queries;
    }

    private static String words(SplittableRandom random, int count, double topicalShare) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            double r = random.nextDouble();
            if (r < 0.05) {
                out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append(' ')
                        .append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            } else if (r < 0.05 + topicalShare) {
                out.append(TOPICAL[pick(random, TOPICAL_CUMULATIVE)]);
            } else {
                out.append(COMMON[pick(random, COMMON_CUMULATIVE)]);
            }
        }
        return out.toString();
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int pick(SplittableRandom random, double[] cumulative) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Without diacritics when {@code plain}: what a resident types on a phone without a Vietnamese keyboard. */
    static String strip(String s, boolean plain) {
        if (!plain) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }

    private static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
