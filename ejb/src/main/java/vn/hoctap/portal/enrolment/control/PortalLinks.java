package vn.hoctap.portal.enrolment.control;

import vn.hoctap.portal.platform.Settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the portal's pages that documents and mails point to, from its public base URL. */
public final class PortalLinks {

    private PortalLinks() {
    }

    /** The public address of the portal, with its trailing slash. */
    public static String base() {
        String base = Settings.BASE_URL.value().orElse("http://localhost:8080/");
        return base.endsWith("/") ? base : base + "/";
    }

    /** The public page that verifies a certificate: what its QR code encodes. */
    public static String verify(String verificationCode) {
        return base() + "verify.xhtml?code=" + URLEncoder.encode(verificationCode, StandardCharsets.UTF_8);
    }

    /** The resident's own learning page, where their certificates are downloaded. */
    public static String myLearning() {
        return base() + "me/learning.xhtml";
    }
}
