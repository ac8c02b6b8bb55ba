import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enrolment burst (issue 4), through the HTTP API only, against a running portal with the demo
 * content: 2 × N residents sign up and sign in (each keeps its session cookie, as a browser would,
 * so that the burst measures enrolment and not password hashing), a centre manager opens two
 * classes of 30 seats at different hours, then N residents enrol in the first class at the same
 * instant (the warm-up: the first enrolments a freshly started server sees run through code the
 * JIT compiler has not compiled yet) and, a few seconds later, the other N in the second class at
 * the same instant (the measured burst: a server that has been enrolling people, as one is on the
 * morning a centre opens its registrations). Prints, for both, throughput, p50 / p99 latency, the
 * confirmed and waitlisted counts, errors, and the seats the class reports afterwards; the exit
 * status judges the measured burst.
 *
 * Usage: java bench/EnrolmentBurst.java BASE_URL [RESIDENTS] [SEATS]
 */
public class EnrolmentBurst {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seats = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);

        String wards = send(get("api/wards"), null).body();
        Matcher group = Pattern.compile("\"groups\":\\[\\{[^}]*?\"id\":(\\d+)").matcher(wards);
        if (!group.find()) {
            throw new IllegalStateException("no residential group in " + wards);
        }
        String groupId = group.group(1);

        System.out.printf("[burst] signing up and signing in %d residents%n", 2 * residents);
        List<String> cookies = parallel(2 * residents, 4, i -> {
            String email = "burst" + run + "." + i + "@example.vn";
            var signUp = send(post("api/accounts", "{\"fullName\":\"Người Học " + letters(i) + "\",\"birthYear\":1985,"
                    + "\"email\":\"" + email + "\",\"residentialGroupId\":" + groupId + ",\"password\":\"Matkhau2026\"}"), null);
            if (signUp.statusCode() != 201) {
                throw new IllegalStateException("sign-up answered " + signUp.statusCode() + ": " + signUp.body());
            }
            var me = send(get("api/me").header("Authorization", basic(email, "Matkhau2026")), null);
            return me.headers().allValues("set-cookie").stream().map(c -> c.split(";", 2)[0])
                    .filter(c -> c.startsWith("JSESSIONID")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session for " + email));
        });

        String manager = basic("quanly.bode@hoctap.demo", "Hoctap2026");
        long warmUpClass = openClass(manager, run + "a", seats, "04:00");
        long measuredClass = openClass(manager, run + "b", seats, "05:00");

        System.out.printf("[burst] warm-up: %d residents enrol at once into class %d (%d seats)%n", residents, warmUpClass, seats);
        boolean warmUpOk = burst("warm-up burst (a freshly started server)", cookies.subList(0, residents), warmUpClass, seats);
        Thread.sleep(5_000);
        System.out.printf("[burst] %d residents enrol at once into class %d (%d seats)%n", residents, measuredClass, seats);
        boolean ok = burst("enrolment burst", cookies.subList(residents, 2 * residents), measuredClass, seats);
        System.exit(ok && warmUpOk ? 0 : 1);
    }

    /** A published class of the Bồ Đề centre in its 80-seat hall, one session a week at {@code hour}, starting in 40 days. */
    static long openClass(String manager, String name, int seats, String hour) throws Exception {
        // the Bồ Đề manager manages one centre: theirs
        String centre = find("\"id\":(\\d+)", send(get("api/centres").header("Authorization", manager), null).body());
        long course = id(send(post("api/courses/drafts", "{\"centreId\":" + centre + ",\"programme\":\"DIGITAL_SKILLS\","
                + "\"title\":\"Lớp thử tải " + name + "\",\"summary\":\"Đo tải đăng ký.\",\"fee\":0}").header("Authorization", manager), null).body());
        String venues = send(get("api/centres/" + centre + "/venues").header("Authorization", manager), null).body();
        String hall = find("\"capacity\":80,\"classes\":\\d+,\"id\":(\\d+)|\"id\":(\\d+)[^}]*?\"capacity\":80", venues);
        LocalDate start = LocalDate.now().plusDays(40);
        long classId = id(send(post("api/courses/" + course + "/classes", "{\"guestSpeaker\":\"Báo cáo viên thử\",\"venueId\":" + hall
                + ",\"capacity\":" + seats + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(6) + "\"}")
                .header("Authorization", manager), null).body());
        send(post("api/classes/" + classId + "/sessions/weekly", "{\"days\":[\"" + start.getDayOfWeek() + "\"],\"from\":\"" + hour + "\","
                + "\"to\":\"" + hour.substring(0, 3) + "30\",\"firstDay\":\"" + start + "\",\"weeks\":1,\"acceptVenueSharing\":true}")
                .header("Authorization", manager), null);
        send(HttpRequest.newBuilder(URI.create(base + "api/courses/" + course + "/status")).header("Content-Type", "application/json")
                .header("Authorization", manager).PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"PUBLISHED\"}")), null);
        return classId;
    }

    /** All residents enrol in the class at the same instant; prints the figures; true when all went as it should. */
    static boolean burst(String title, List<String> cookies, long classId, int seats) throws Exception {
        int residents = cookies.size();
        ExecutorService pool = Executors.newFixedThreadPool(residents);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<long[]>> answers = new ArrayList<>();
        for (String cookie : cookies) {
            answers.add(pool.submit(() -> {
                gate.await();
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(post("api/classes/" + classId + "/enrolments", "").header("Cookie", cookie), null);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                int kind = r.body().contains("\"status\":\"CONFIRMED\"") ? 1 : r.body().contains("\"status\":\"WAITLISTED\"") ? 2 : 0;
                return new long[]{ms, r.statusCode(), kind};
            }));
        }
        long started = System.nanoTime();
        gate.countDown();
        List<Long> latencies = new ArrayList<>();
        int confirmed = 0, waitlisted = 0, errors = 0;
        for (var answer : answers) {
            long[] a = answer.get();
            latencies.add(a[0]);
            if (a[1] != 201 && a[1] != 200) {
                errors++;
            } else if (a[2] == 1) {
                confirmed++;
            } else if (a[2] == 2) {
                waitlisted++;
            } else {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        latencies.sort(null);
        String seatsLeft = find("\"seatsLeft\":(-?\\d+)", send(get("api/classes/" + classId), null).body());
        System.out.printf(title + ": %d requests in %.2f s = %.0f req/s; p50 %d ms, p99 %d ms, max %d ms;%n"
                        + "  %d confirmed, %d waitlisted, %d errors; seats left afterwards %s of %d (overbooked: %s)%n",
                residents, seconds, residents / seconds, pct(latencies, 50), pct(latencies, 99), latencies.get(latencies.size() - 1),
                confirmed, waitlisted, errors, seatsLeft, seats, Integer.parseInt(seatsLeft) < 0 || confirmed > seats ? "YES" : "no");
        return errors == 0 && confirmed == seats && waitlisted == residents - seats;
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    static <T> List<T> parallel(int count, int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> task.run(n)));
        }
        List<T> results = new ArrayList<>();
        for (var f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    /** A name part made of letters only (names refuse digits): 0 → "A", 27 → "Bb". */
    static String letters(int n) {
        StringBuilder name = new StringBuilder();
        do {
            name.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(regex + " not in " + text);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static long id(String body) {
        return Long.parseLong(find("\"id\":(\\d+)", body));
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET();
    }

    static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request, Object unused) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
