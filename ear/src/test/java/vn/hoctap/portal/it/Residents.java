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

    /**
     * Residents stored straight in the database, for tests that need many: their password hash has
     * the portal's format with few iterations, so that signing them in costs little.
     *
     * @return their e-mail addresses, which are their logins
     */
    public static java.util.List<String> stored(int count, int birthYear, String groupCode) {
        long group = Database.groupId(groupCode);
        String hash = weakHash(PASSWORD);
        var logins = new java.util.ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String email = newEmail();
            Database.update("""
                    insert into account (full_name, email, password_hash, role, birth_year, residential_group_id, created_at)
                    values (?, ?, ?, 'RESIDENT', ?, ?, now(6))""", "Người học thử " + i, email, hash, birthYear, group);
            logins.add(email);
        }
        return logins;
    }

    private static String weakHash(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            var b64 = java.util.Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:1000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":" + (value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"");
    }
}
