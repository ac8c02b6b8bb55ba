package vn.hoctap.portal.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that keeps every mail it is given instead of delivering it,
 * with an optional small web page that lists them, newest first.
 */
public final class MailSink implements AutoCloseable {

    private GreenMail smtp;
    private final int port;
    private HttpServer web;

    private MailSink(GreenMail smtp) {
        this.smtp = smtp;
        this.port = smtp.getSmtp().getPort();
    }

    public static MailSink start(int smtpPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new MailSink(smtp);
    }

    /** The SMTP server goes away (connections refused) until {@link #resume()}. */
    public synchronized void pause() {
        smtp.stop();
    }

    /** A new SMTP server on the same port, with an empty mailbox. */
    public synchronized void resume() {
        GreenMail again = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        again.start();
        smtp = again;
    }

    public int smtpPort() {
        return port;
    }

    public synchronized List<MimeMessage> messages() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    /** Serves the list of received mails at http://localhost:{port}/. */
    public MailSink withWebPage(int port) throws IOException {
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        web.createContext("/", exchange -> {
            byte[] page = page().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        web.start();
        return this;
    }

    private String page() {
        List<MimeMessage> mails = messages();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Hộp thư thử nghiệm</title>
                <style>body{font-family:sans-serif;margin:1rem;max-width:60rem}article{border:1px solid #ccc;
                border-radius:6px;padding:.75rem;margin:.75rem 0}pre{white-space:pre-wrap}</style></head><body>
                <h1>Hộp thư thử nghiệm (mail sink)</h1><p>Mails the portal sent; nothing leaves this machine.</p>""");
        for (int i = mails.size() - 1; i >= 0; i--) {
            MimeMessage mail = mails.get(i);
            try {
                html.append("<article><p><b>").append(escape(mail.getSubject())).append("</b><br>To: ")
                        .append(escape(Arrays.stream(mail.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", "))))
                        .append("<br>").append(mail.getSentDate()).append("</p><pre>")
                        .append(escape(GreenMailUtil.getBody(mail))).append("</pre></article>");
            } catch (MessagingException e) {
                html.append("<article>Unreadable mail: ").append(escape(e.getMessage())).append("</article>");
            }
        }
        if (mails.isEmpty()) {
            html.append("<p>Chưa có thư nào. No mail yet.</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        if (web != null) {
            web.stop(0);
        }
        smtp.stop();
    }
}
