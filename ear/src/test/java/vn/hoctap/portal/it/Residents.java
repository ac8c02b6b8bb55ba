package vn.hoctap.portal.it;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, unique residents for tests that sign up, so that tests never share an account. */
public final class Residents {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));
    public static final String PASSWORD = "Matkhau2026";

    private Residents() {
    }

    /** A phone number in the 0389xxxxxx range, unique within this test run. */
    public static String newPhone() {
        return String.format("0389%06d", NEXT.incrementAndGet() % 1_000_000);
    }

    public static String newEmail() {
        return "nguoidan" + NEXT.incrementAndGet() + "@example.vn";
    }

    public static String signUpJson(String fullName, Object birthYear, String phone, String email, Object groupId) {
        return "{" + field("fullName", fullName) + "," + "\"birthYear\":" + birthYear + ","
                + field("phone", phone) + "," + field("email", email) + ","
                + "\"residentialGroupId\":" + groupId + "," + field("password", PASSWORD) + "}";
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":" + (value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"");
    }
}
