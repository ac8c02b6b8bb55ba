package vn.hoctap.portal.web.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import vn.hoctap.portal.web.platform.Texts;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: an unreadable request body is a 400, HTTP errors raised by JAX-RS itself keep
 * their status; a real failure is logged with a reference and answered 500 without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof ProcessingException) {
            Locale locale = Texts.of(headers);
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError(400, "error.unreadableBody", Texts.text(locale, "error.unreadableBody"), List.of()))
                    .build();
        }
        if (failure instanceof WebApplicationException http) {
            int status = http.getResponse().getStatus();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, "http." + status, http.getResponse().getStatusInfo().getReasonPhrase(), List.of()))
                    .build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected API failure, reference " + reference, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(500, "error.unexpected", "Unexpected error, reference " + reference, List.of()))
                .build();
    }
}
