package vn.hoctap.portal.web.platform.api;

import java.util.List;

/** The body of every API error: a code, a message in the caller's language, field errors. */
public record ApiError(int status, String code, String message, List<Field> fields) {

    public record Field(String field, String code, String message) {
    }
}
