package vn.hoctap.portal.notification.control;

import jakarta.annotation.PostConstruct;
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

/**
 * Sends plain-text UTF-8 mails through the portal's mail session, several over one SMTP
 * connection. Each mail carries the Message-ID its outbox row gives it, so that a mail client
 * recognises a repeated delivery.
 */
@ApplicationScoped
public class MailSender {

    static final String SENDER_NAME = "Cổng học tập cộng đồng";

    /** An SMTP server that stops answering must not hold a round of the outbox forever. */
    static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    @PostConstruct
    void limitWaiting() {
        // WildFly's standard smtp server element has no timeout attributes: unset, Jakarta Mail waits forever
        for (String property : new String[]{"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            session.getProperties().putIfAbsent(property, TIMEOUT_MILLIS);
        }
    }

    /** One SMTP connection for a round of mails. */
    public final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        public void send(String to, String subject, String body, String messageId) throws MessagingException {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
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
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // the server went away: nothing to close
            }
        }
    }

    /** Connects to the SMTP server; fails at once when it is away. */
    public Connection connect() throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect();
        return new Connection(transport);
    }
}
