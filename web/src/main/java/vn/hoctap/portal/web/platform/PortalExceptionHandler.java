package vn.hoctap.portal.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One place where failures in pages become friendly pages in the user's language: forbidden
 * (403), not found (404), expired view, and anything unexpected (500, logged with a reference
 * that the page shows). Never a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            show(failure);
        }
        getWrapped().handle();
    }

    private void show(Throwable failure) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Throwable cause = rootOf(failure);
        try {
            if (cause instanceof AccessDeniedException) {
                send(context, 403, "/errors/403.xhtml");
            } else if (cause instanceof NotFoundException) {
                send(context, 404, "/errors/404.xhtml");
            } else if (cause instanceof ViewExpiredException) {
                external.redirect(external.getRequestContextPath() + "/errors/expired.xhtml");
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
                external.getRequestMap().put("errorReference", reference);
                send(context, 500, "/errors/500.xhtml");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not show the error page", e);
        }
        context.responseComplete();
    }

    private static void send(FacesContext context, int status, String page) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + page);
        } else {
            external.responseSendError(status, null);
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current != current.getCause()
                && (current instanceof FacesException || current instanceof jakarta.el.ELException
                || current instanceof jakarta.ejb.EJBException
                || current.getClass().getName().startsWith("jakarta.faces"))) {
            current = current.getCause();
        }
        return current;
    }
}
