import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a large demo catalog for bench/catalog-throughput.sh: a copy of content/ whose
 * courses.yaml holds 2,000 courses with 5,000 classes (weekly schedules over the school year
 * 2026–2027) and whose venues.yaml adds rooms and outside places to each centre, enough for those
 * classes to meet without clashing. Same file formats as content/, so the portal's own loader
 * imports it (DemoContentLoader, CatalogImport). Deterministic (fixed seed).
 *
 * Usage: java bench/CatalogData.java SOURCE_CONTENT_DIR TARGET_DIR [courses] [classes]
 * Needs only the JDK (single-file source launch, Java 11+).
 */
public class CatalogData {

    static final String[] CENTRES = {"TTHTCD-BD", "TTHTCD-NT", "TTHTCD-GT", "TTHTCD-PL"};
    static final String[] PREFIX = {"BD", "NT", "GT", "PL"};
    static final String[] WARD = {"phường Bồ Đề, quận Long Biên", "phường Ngọc Thụy, quận Long Biên",
            "phường Gia Thụy, quận Long Biên", "xã Phù Linh, huyện Sóc Sơn"};
    /** Generated venues per centre, on top of content/venues.yaml. */
    static final int EXTRA_VENUES = 12;

    /** Non-overlapping two-hour (or so) slots of a day: start, end. */
    static final String[][] SLOTS = {
            {"07:00", "08:30"}, {"08:30", "10:30"}, {"14:00", "16:00"}, {"16:00", "17:30"},
            {"17:30", "19:00"}, {"19:00", "21:00"}};
    /** How often each slot is chosen: evenings and mornings are what residents ask for. */
    static final int[] SLOT_WEIGHT = {2, 4, 3, 2, 2, 6};

    record Topic(String programme, String title, String summary, String level, long[] fees, String groups,
                 Integer minAge, Integer maxAge) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("LITERACY_1", "Lớp xóa mù chữ giai đoạn 1", "Học đọc, viết và làm tính cơ bản tương đương hết lớp 3", "Cơ bản", new long[]{0}, "[WOMEN, DISABILITIES, NEWCOMERS]", 15, 60),
            new Topic("LITERACY_2", "Lớp xóa mù chữ giai đoạn 2", "Củng cố đọc, viết và toán tương đương hết lớp 5 để đạt chuẩn biết chữ mức độ 2", "Tương đương lớp 4–5", new long[]{0}, "[WOMEN, DISABILITIES, NEWCOMERS]", 15, 60),
            new Topic("POST_LITERACY", "Học tiếp sau khi biết chữ", "Luyện đọc, viết và tính toán qua việc thật hằng ngày để không tái mù chữ", "Sau biết chữ", new long[]{0}, "[WOMEN, NEWCOMERS]", 15, 60),
            new Topic("POST_LITERACY", "Đọc báo, viết đơn và ghi chép chi tiêu", "Đọc hóa đơn điện nước, viết đơn từ thông dụng và ghi sổ chi tiêu gia đình", "Sau biết chữ", new long[]{0}, "[WOMEN]", 15, null),
            new Topic("LIFE_SKILLS", "Kỹ năng giao tiếp trong gia đình", "Lắng nghe, chia sẻ và giải quyết mâu thuẫn trong gia đình qua đóng vai và trao đổi nhóm", "Mọi trình độ", new long[]{0}, "[WOMEN, ELDERLY]", 18, null),
            new Topic("LIFE_SKILLS", "Quản lý tài chính gia đình", "Lập kế hoạch chi tiêu, tiết kiệm, tránh vay nặng lãi và tín dụng đen", "Cơ bản", new long[]{0}, "[WOMEN]", 18, null),
            new Topic("LIFE_SKILLS", "Phòng cháy, chữa cháy và thoát nạn tại nhà ở", "Dùng bình chữa cháy, xử lý khi có cháy và thoát nạn an toàn ở nhà ống, nhà trọ", "Phổ thông", new long[]{0}, "[]", null, null),
            new Topic("DIGITAL_SKILLS", "Sử dụng điện thoại thông minh", "Cài đặt và dùng ứng dụng VNeID, nhắn tin, gọi video và thanh toán bằng mã QR an toàn", "Cơ bản", new long[]{0, 0, 100000}, "[ELDERLY]", null, null),
            new Topic("DIGITAL_SKILLS", "Tin học văn phòng cơ bản", "Soạn thảo văn bản, lập bảng tính đơn giản và viết thư xin việc trên máy tính", "Cơ bản", new long[]{0, 150000, 200000, 300000}, "[YOUTH, NEWCOMERS]", 15, null),
            new Topic("DIGITAL_SKILLS", "Dịch vụ công trực tuyến cho người dân", "Nộp hồ sơ trên Cổng dịch vụ công, tra cứu kết quả và nhận biết tin giả, lừa đảo trên mạng", "Cơ bản", new long[]{0}, "[]", 18, null),
            new Topic("LAW", "Luật Đất đai – những điều người dân cần biết", "Cấp giấy chứng nhận quyền sử dụng đất, chuyển nhượng, thừa kế và giải quyết tranh chấp", "Phổ thông", new long[]{0}, "[]", 18, null),
            new Topic("LAW", "Phòng, chống lừa đảo qua mạng", "Các thủ đoạn lừa đảo mới và cách bảo vệ thông tin cá nhân", "Phổ thông", new long[]{0}, "[ELDERLY]", null, null),
            new Topic("LAW", "Quyền và nghĩa vụ của người lao động", "Hợp đồng lao động, tiền lương, bảo hiểm xã hội và cách giải quyết khi bị nợ lương", "Phổ thông", new long[]{0}, "[NEWCOMERS]", 15, null),
            new Topic("HEALTH", "Sơ cấp cứu ban đầu tại gia đình", "Thực hành cầm máu, băng bó, xử lý bỏng và hồi sinh tim phổi cơ bản trên mô hình", "Phổ thông", new long[]{0}, "[]", null, null),
            new Topic("HEALTH", "Dưỡng sinh và vận động nhẹ", "Tập dưỡng sinh, hít thở và vận động khớp, kèm lời khuyên về dinh dưỡng", "Mọi trình độ", new long[]{0, 0, 50000}, "[ELDERLY]", 50, null),
            new Topic("HEALTH", "Dinh dưỡng cho bà mẹ và trẻ nhỏ", "Chế độ ăn khi mang thai, cho con bú, ăn dặm và theo dõi cân nặng của trẻ", "Phổ thông", new long[]{0}, "[WOMEN]", null, null),
            new Topic("AGRICULTURE", "Trồng rau an toàn theo hướng VietGAP", "Chọn giống, bón phân hữu cơ và dùng thuốc bảo vệ thực vật đúng cách", "Cơ bản", new long[]{0}, "[]", 18, null),
            new Topic("AGRICULTURE", "Chăn nuôi gà thả vườn an toàn sinh học", "Làm chuồng trại, phối trộn thức ăn, tiêm phòng và phòng bệnh cho đàn gà", "Cơ bản", new long[]{0}, "[]", 18, null),
            new Topic("VOCATIONAL", "Cắm hoa nghệ thuật", "Thực hành cắm hoa để bàn, hoa chúc mừng và trang trí tiệc gia đình", "Cơ bản", new long[]{200000, 300000, 400000}, "[WOMEN]", 16, null),
            new Topic("VOCATIONAL", "Pha chế đồ uống cơ bản", "Pha cà phê, trà trái cây, sinh tố và tính giá thành để mở quầy nhỏ", "Cơ bản", new long[]{400000, 500000, 600000}, "[YOUTH]", 16, null),
            new Topic("VOCATIONAL", "Sửa chữa điện dân dụng", "Lắp đặt, kiểm tra và sửa chữa điện trong nhà an toàn, đúng kỹ thuật", "Cơ bản", new long[]{300000, 350000}, "[YOUTH]", 18, null),
            new Topic("VOCATIONAL", "May và sửa quần áo", "Đo, cắt, may quần áo đơn giản và sửa đồ may sẵn bằng máy may gia đình", "Cơ bản", new long[]{250000, 350000, 450000}, "[WOMEN]", 16, null),
            new Topic("FOREIGN_LANGUAGE", "Tiếng Anh giao tiếp cơ bản", "Chào hỏi, giới thiệu bản thân, hỏi đường và mua bán bằng tiếng Anh đơn giản", "Bậc 1", new long[]{200000, 250000, 300000}, "[YOUTH]", 12, null),
            new Topic("FOREIGN_LANGUAGE", "Tiếng Anh cho người bán hàng", "Mẫu câu để chào khách, giới thiệu sản phẩm, báo giá và chỉ đường", "Bậc 1", new long[]{250000, 300000}, "[]", 16, null),
            new Topic("FOREIGN_LANGUAGE", "Tiếng Hàn nhập môn", "Bảng chữ cái, phát âm và mẫu câu giao tiếp thường ngày", "Bậc 1", new long[]{300000, 400000}, "[YOUTH]", 16, null),
            new Topic("READING_CULTURE", "Câu lạc bộ đọc sách cùng con", "Cha mẹ và con cùng đọc, kể chuyện và làm đồ thủ công theo sách", "Mọi lứa tuổi", new long[]{0}, "[WOMEN]", null, null),
            new Topic("READING_CULTURE", "Ngày hội đọc sách", "Giao lưu đọc sách, đổi sách cũ lấy sách mới và thi kể chuyện theo sách", "Mọi lứa tuổi", new long[]{0}, "[]", null, null),
            new Topic("OTHER", "Tư vấn hướng nghiệp và việc làm", "Gặp gỡ doanh nghiệp, tư vấn chọn nghề và viết hồ sơ xin việc", "Phổ thông", new long[]{0}, "[YOUTH]", 15, 35),
            new Topic("OTHER", "Tìm hiểu lịch sử và di tích địa phương", "Nghe kể về lịch sử làng xưa, lễ hội truyền thống và ý nghĩa của di tích", "Phổ thông", new long[]{0}, "[ELDERLY]", null, null));

    static final String[] FOR_WHOM = {"", " cho người cao tuổi", " cho phụ nữ", " cho thanh niên", " cho người mới đến cư trú",
            " cho người lao động tự do", " cho hội viên hội nông dân", " cho cha mẹ học sinh", " cho người khuyết tật"};
    static final String[] VARIANT = {"", " – buổi tối", " – cuối tuần", " – nâng cao", " – khóa ngắn", " – thực hành",
            " – học tại tổ dân phố", " – khóa mùa xuân", " – khóa mùa thu"};

    record Teacher(String email, String centre) {
    }

    record Venue(String code, int centre, int capacity) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/CatalogData.java SOURCE_CONTENT_DIR TARGET_DIR [courses] [classes]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int courses = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int classes = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("courses.yaml") && !name.equals("venues.yaml")) {
                    Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<Venue> venues = venues(source.resolve("venues.yaml"), target.resolve("venues.yaml"));
        List<Teacher> teachers = teachers(source.resolve("accounts.yaml"));
        new CatalogData(new Random(20261122L), venues, teachers).courses(target.resolve("courses.yaml"), courses, classes);
    }

    /** content/venues.yaml plus EXTRA_VENUES generated ones per centre; returns them all. */
    static List<Venue> venues(Path from, Path to) throws IOException {
        List<Venue> all = new ArrayList<>();
        String code = null;
        String centre = null;
        for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("- code:")) {
                code = t.substring(7).strip();
            } else if (t.startsWith("centre:")) {
                centre = t.substring(7).strip();
            } else if (t.startsWith("capacity:") && code != null) {
                all.add(new Venue(code, List.of(CENTRES).indexOf(centre), Integer.parseInt(t.substring(9).strip())));
            }
        }
        StringBuilder out = new StringBuilder(Files.readString(from, StandardCharsets.UTF_8));
        out.append("\n  # Generated for bench/catalog-throughput.sh: more rooms and outside places per centre\n");
        String[] names = {"Phòng học số %d (nhà B)", "Nhà văn hóa tổ dân phố số %d", "Phòng sinh hoạt cộng đồng số %d",
                "Điểm trường tiểu học số %d"};
        int[] capacities = {30, 40, 50, 60, 80};
        for (int c = 0; c < CENTRES.length; c++) {
            for (int i = 1; i <= EXTRA_VENUES; i++) {
                String venueCode = PREFIX[c] + "-X" + i;
                boolean outside = i % 2 == 0;
                int capacity = capacities[i % capacities.length];
                out.append("  - code: ").append(venueCode).append('\n')
                        .append("    centre: ").append(CENTRES[c]).append('\n')
                        .append("    name: ").append(String.format(names[i % names.length], i + 10)).append('\n')
                        .append("    kind: ").append(outside ? "OUTSIDE_PLACE" : "CENTRE_ROOM").append('\n')
                        .append("    capacity: ").append(capacity).append('\n');
                if (outside) {
                    out.append("    address: Điểm học số ").append(i + 10).append(", ").append(WARD[c]).append('\n');
                }
                all.add(new Venue(venueCode, c, capacity));
            }
        }
        Files.writeString(to, out, StandardCharsets.UTF_8);
        return all;
    }

    static List<Teacher> teachers(Path accounts) throws IOException {
        List<Teacher> teachers = new ArrayList<>();
        String role = null;
        String email = null;
        for (String line : Files.readAllLines(accounts, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("- role:")) {
                role = t.substring(7).strip();
                email = null;
            } else if (t.startsWith("email:")) {
                email = t.substring(6).strip();
            } else if (t.startsWith("scope:") && "TEACHER".equals(role) && email != null) {
                teachers.add(new Teacher(email, t.substring(6).strip()));
            }
        }
        return teachers;
    }

    private final Random random;
    private final List<Venue> venues;
    private final List<Teacher> teachers;
    /** "venue|date|slot" and "teacher|date|slot" already taken. */
    private final Set<String> taken = new HashSet<>();

    CatalogData(Random random, List<Venue> venues, List<Teacher> teachers) {
        this.random = random;
        this.venues = venues;
        this.teachers = teachers;
    }

    void courses(Path to, int courseCount, int classCount) throws IOException {
        // every course has at least one class; the rest are spread at random
        int[] perCourse = new int[courseCount];
        java.util.Arrays.fill(perCourse, 1);
        for (int i = courseCount; i < classCount; i++) {
            perCourse[random.nextInt(courseCount)]++;
        }
        StringBuilder out = new StringBuilder("""
                # Generated by bench/CatalogData.java for bench/catalog-throughput.sh: a large catalog of the
                # school year 2026–2027 in the format of content/courses.yaml. Not demo content.
                courses:
                """);
        Map<String, Integer> sequence = new LinkedHashMap<>();
        int written = 0;
        for (int i = 0; i < courseCount; i++) {
            int centre = i % CENTRES.length;
            Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String forWhom = topic.title().contains(" cho ") ? "" : FOR_WHOM[random.nextInt(FOR_WHOM.length)];
            String title = topic.title() + forWhom + VARIANT[random.nextInt(VARIANT.length)];
            String code = String.format(Locale.ROOT, "%s-B%04d", PREFIX[centre], i + 1);
            long fee = topic.fees()[random.nextInt(topic.fees().length)];
            String status = random.nextInt(10) == 0 ? "DRAFT" : "PUBLISHED";
            out.append("  - code: ").append(code).append('\n')
                    .append("    centre: ").append(CENTRES[centre]).append('\n')
                    .append("    programme: ").append(topic.programme()).append('\n')
                    .append("    title: ").append(quoted(title)).append('\n')
                    .append("    summary: ").append(quoted(topic.summary() + ", " + WARD[centre] + ".")).append('\n')
                    .append("    description: ").append(quoted("Khóa học do trung tâm học tập cộng đồng " + WARD[centre]
                            + " tổ chức. " + topic.summary() + ".")).append('\n')
                    .append("    audience:\n");
            if (topic.minAge() != null) {
                out.append("      minAge: ").append(topic.minAge()).append('\n');
            }
            if (topic.maxAge() != null) {
                out.append("      maxAge: ").append(topic.maxAge()).append('\n');
            }
            out.append("      groups: ").append(topic.groups()).append('\n')
                    .append("    level: ").append(quoted(topic.level())).append('\n')
                    .append("    fee: ").append(fee).append('\n')
                    .append("    status: ").append(status).append('\n')
                    .append("    classes:\n");
            for (int k = 0; k < perCourse[i]; k++) {
                out.append(offering(code + "-" + (char) ('A' + k), centre, topic.programme()));
                written++;
            }
            sequence.merge(topic.programme(), 1, Integer::sum);
        }
        Files.writeString(to, out, StandardCharsets.UTF_8);
        System.out.printf("generated %d courses, %d classes in %s (programmes: %s)%n", courseCount, written, to, sequence);
    }

    /** One class with a weekly schedule that clashes with no other class in its venue or of its teacher. */
    private String offering(String code, int centre, String programme) {
        List<Venue> ofCentre = venues.stream().filter(v -> v.centre() == centre).toList();
        List<Teacher> centreTeachers = teachers.stream().filter(t -> t.centre().equals(CENTRES[centre])).toList();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int kind = random.nextInt(10);
            // a third one-off talks, the rest 4 to 16 weeks on one or two days
            int weeks = kind < 3 ? 1 : 4 + random.nextInt(13);
            List<DayOfWeek> days = new ArrayList<>();
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
            if (kind >= 7) {
                DayOfWeek second = days.get(0).plus(2 + random.nextInt(2));
                days.add(second);
                days.sort(null);
            }
            int slot = weightedSlot();
            Venue venue = ofCentre.get(random.nextInt(ofCentre.size()));
            // first sessions from the start of the school year to early June 2027
            LocalDate start = LocalDate.of(2026, 9, 7).plusDays(random.nextInt(270));
            while (!days.contains(start.getDayOfWeek())) {
                start = start.plusDays(1);
            }
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = start; d.isBefore(start.plusDays(weeks * 7L)); d = d.plusDays(1)) {
                if (days.contains(d.getDayOfWeek())) {
                    dates.add(d);
                }
            }
            if (!free("v" + venue.code(), dates, slot)) {
                continue;
            }
            String teacher = null;
            if (random.nextInt(10) < 4 && !centreTeachers.isEmpty()) {
                Teacher t = centreTeachers.get(random.nextInt(centreTeachers.size()));
                if (free("t" + t.email(), dates, slot)) {
                    teacher = t.email();
                }
            }
            book("v" + venue.code(), dates, slot);
            if (teacher != null) {
                book("t" + teacher, dates, slot);
            }
            int capacity = Math.max(10, Math.min(venue.capacity(), 10 + 5 * random.nextInt(10)));
            StringBuilder k = new StringBuilder();
            k.append("      - code: ").append(code).append('\n');
            if (teacher != null) {
                k.append("        teacher: ").append(teacher).append('\n');
            } else {
                String[] guests = GUESTS.getOrDefault(programme, GUESTS.get("OTHER"));
                k.append("        guestSpeaker: ").append(quoted(guests[random.nextInt(guests.length)])).append('\n');
            }
            k.append("        venue: ").append(venue.code()).append('\n')
                    .append("        capacity: ").append(capacity).append('\n')
                    .append("        startDate: ").append(start).append('\n')
                    .append("        schedule:\n")
                    .append("          days: ").append(days).append('\n')
                    .append("          from: \"").append(SLOTS[slot][0]).append("\"\n")
                    .append("          to: \"").append(SLOTS[slot][1]).append("\"\n")
                    .append("          weeks: ").append(weeks).append('\n');
            return k.toString();
        }
        throw new IllegalStateException("no free venue and time left for " + code + ": add venues");
    }

    /** Guest speakers by programme. */
    static final Map<String, String[]> GUESTS = Map.ofEntries(
            Map.entry("LITERACY_1", new String[]{"Cô Nguyễn Thị Thu, giáo viên trường tiểu học", "Thầy Trần Văn Bình, giáo viên nghỉ hưu"}),
            Map.entry("LITERACY_2", new String[]{"Cô Nguyễn Thị Thu, giáo viên trường tiểu học", "Thầy Trần Văn Bình, giáo viên nghỉ hưu"}),
            Map.entry("POST_LITERACY", new String[]{"Cô Lê Thị Nga, cán bộ thư viện", "Thầy Trần Văn Bình, giáo viên nghỉ hưu"}),
            Map.entry("LIFE_SKILLS", new String[]{"Bà Nguyễn Thị Thu, Hội Liên hiệp Phụ nữ", "Đại úy Phạm Quốc Việt, Cảnh sát phòng cháy"}),
            Map.entry("DIGITAL_SKILLS", new String[]{"Anh Hoàng Minh Đức, Đoàn Thanh niên", "Chị Đinh Thu Hằng, cán bộ bộ phận một cửa"}),
            Map.entry("LAW", new String[]{"Ông Trần Văn Nam, công chức tư pháp", "Thượng úy Phạm Quốc Việt, Công an phường", "Luật sư Vũ Đức Minh"}),
            Map.entry("HEALTH", new String[]{"Bác sĩ Lê Thị Hoa, Trạm y tế", "Y sĩ Nguyễn Văn Toàn, Trạm y tế"}),
            Map.entry("AGRICULTURE", new String[]{"Kỹ sư Đỗ Văn Thành, Trung tâm khuyến nông", "Ông Nguyễn Văn Lợi, Hội Nông dân"}),
            Map.entry("VOCATIONAL", new String[]{"Bà Ngô Thị Mai, nghệ nhân", "Ông Bùi Văn Long, thợ điện", "Chị Trịnh Thu Hà, chủ quán cà phê"}),
            Map.entry("FOREIGN_LANGUAGE", new String[]{"Cô Vũ Thị Lan Anh, giáo viên tiếng Anh", "Cô Kim Hye Jin, tình nguyện viên"}),
            Map.entry("READING_CULTURE", new String[]{"Cô Lê Thị Nga, cán bộ thư viện", "Nhà văn Phan Thị Vàng"}),
            Map.entry("OTHER", new String[]{"Ông Đặng Văn Sơn, nhà nghiên cứu lịch sử", "Chị Lương Thị Hiền, Trung tâm dịch vụ việc làm"}));

    private int weightedSlot() {
        int total = java.util.Arrays.stream(SLOT_WEIGHT).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < SLOT_WEIGHT.length; i++) {
            pick -= SLOT_WEIGHT[i];
            if (pick < 0) {
                return i;
            }
        }
        return SLOT_WEIGHT.length - 1;
    }

    private boolean free(String who, List<LocalDate> dates, int slot) {
        return dates.stream().noneMatch(d -> taken.contains(who + "|" + d + "|" + slot));
    }

    private void book(String who, List<LocalDate> dates, int slot) {
        dates.forEach(d -> taken.add(who + "|" + d + "|" + slot));
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
