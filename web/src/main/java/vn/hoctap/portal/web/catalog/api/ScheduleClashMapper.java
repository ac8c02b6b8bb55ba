package vn.hoctap.portal.web.catalog.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoctap.portal.catalog.boundary.ScheduleClashException;
import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.web.catalog.ClashTexts;
import vn.hoctap.portal.web.platform.Texts;

import java.util.List;
import java.util.Locale;

/** 409 with each clash said in the caller's language, and whether sharing the venue would do. */
@Provider
public class ScheduleClashMapper implements ExceptionMapper<ScheduleClashException> {

    /** The body of a 409: the clashes, and whether accepting a shared venue resolves them all. */
    public record ClashReport(int status, String code, String message, boolean onlyVenueClashes, List<Item> clashes) {
    }

    public record Item(String kind, String otherClass, String date, String from, String to, String message) {
    }

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ScheduleClashException failure) {
        Locale locale = Texts.of(headers);
        List<Item> items = failure.clashes().stream().map(clash -> item(clash, locale)).toList();
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ClashReport(409, failure.messageKey(),
                        Texts.text(locale, failure.messageKey(), failure.arguments()), failure.onlyVenueClashes(), items))
                .build();
    }

    private static Item item(Clash clash, Locale locale) {
        return new Item(clash.kind().name(), clash.otherClass(), ClashTexts.date(clash), ClashTexts.from(clash),
                ClashTexts.to(clash), ClashTexts.text(clash, locale));
    }
}
