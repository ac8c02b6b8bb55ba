package vn.hoctap.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends one plain-text UTF-8 mail through the portal's mail session. */
@ApplicationScoped
public class MailSender {

    static final String SENDER_NAME = "Cổng học tập cộng đồng";

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress from = InternetAddress.getLocalAddress(session);
        if (from != null) {
            try {
                from.setPersonal(SENDER_NAME, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
            message.setFrom(from);
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
