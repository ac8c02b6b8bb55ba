package vn.hoctap.portal.web.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.Texts;

import java.util.List;
import java.util.Locale;

/**
 * Expected failures of the services as HTTP answers: 403 forbidden, 404 not found, 400 invalid
 * input with every field named, 409 for any other refused business rule. Messages follow the
 * request's Accept-Language (Vietnamese by default).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException failure) {
        Locale locale = Texts.of(headers);
        int status = failure instanceof AccessDeniedException ? 403
                : failure instanceof NotFoundException ? 404
                : failure instanceof InvalidInputException ? 400
                : 409;
        List<ApiError.Field> fields = failure instanceof InvalidInputException invalid
                ? invalid.errors().stream()
                .map(e -> new ApiError.Field(e.field(), e.messageKey(), Texts.text(locale, e.messageKey(), e.arguments().toArray())))
                .toList()
                : List.of();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, failure.messageKey(),
                        Texts.text(locale, failure.messageKey(), failure.arguments()), fields))
                .build();
    }
}
