package vn.hoctap.portal.it;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, unique residents for tests that sign up, so that tests never share an account. */
public final class Residents {

    /** A random start, so that runs against a database kept from earlier runs do not collide. */
    private static final AtomicInteger NEXT = new AtomicInteger(new java.security.SecureRandom().nextInt(9_000_000));
    public static final String PASSWORD = "Matkhau2026";

    private Residents() {
    }

    /** A phone number in the 039xxxxxxx range, unique within this test run. */
    public static String newPhone() {
        return String.format("039%07d", NEXT.incrementAndGet() % 10_000_000);
    }

    public static String newEmail() {
        return "nguoidan" + System.currentTimeMillis() + "." + NEXT.incrementAndGet() + "@example.vn";
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
