package vn.hoctap.portal.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mails the test SMTP server received for one address. */
public final class Mails {

    private Mails() {
    }

    /** The mails to one address, waiting up to {@code patience} for at least {@code expected} of them. */
    public static List<MimeMessage> to(String address, Duration patience, int expected) throws MessagingException, InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : TestInfrastructure.mail().messages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                    found.add(message);
                }
            }
            if (found.size() >= expected || Instant.now().isAfter(until)) {
                return found;
            }
            Thread.sleep(250);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
