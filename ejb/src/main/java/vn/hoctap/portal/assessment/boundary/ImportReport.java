package vn.hoctap.portal.assessment.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import did: how many figures it stored, or — when any line is broken — nothing, and
 * every broken line with its number and a message key (with arguments) saying what is wrong.
 */
public record ImportReport(int imported, List<LineError> errors) implements Serializable {

    public record LineError(int line, String messageKey, List<Object> arguments) implements Serializable {
    }
}
