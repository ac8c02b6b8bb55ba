/**
 * Enrolment: learners (residents, and walk-ins a manager records), their enrolments in classes,
 * the waitlist, attendance, results and certificates. A class is never overbooked: a seat is
 * claimed by one conditional update of the class row, and a freed seat goes to the first person
 * on the waitlist who is still eligible. Every mail is queued in the outbox in the same
 * transaction as the change it tells about.
 */
package vn.hoctap.portal.enrolment;
