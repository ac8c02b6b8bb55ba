package vn.hoctap.portal.enrolment.entity;

import vn.hoctap.portal.platform.BusinessException;

/** A learner may not enrol: the message names the rule and what to do instead. */
public class EnrolmentRefused extends BusinessException {

    public EnrolmentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
