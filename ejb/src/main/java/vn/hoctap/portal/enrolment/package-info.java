/**
 * Enrolment: learners (residents, and walk-ins a manager records), their enrolments in classes,
 * the waitlist, attendance, results and certificates. A class is never overbooked: a seat is
 * claimed by one conditional update of the class row, and a freed seat goes to the first person
 * on the waitlist who is still eligible. Every mail is queued in the outbox in the same
 * transaction as the change it tells about.
 *
 * <p>Running a class ({@code ClassRoster}, {@code AttendanceBook}, {@code ClassResults},
 * {@code Certificates}, {@code ClassRecordsExport}, {@code LearnerRecords}): the centre's manager
 * may do everything, the class's own teacher keeps its roster, attendance and results
 * ({@code ClassAccess}). A manager enrols through the residents' steps and seats
 * ({@code EnrolmentLedger}, {@code SeatAllocation}): one way seats are handed out. Attendance is
 * one row per learner and session, written for every confirmed learner when the sheet is saved
 * (present unless marked absent): no row means "not marked", so a session not taken yet and a
 * learner who joined later stay blank in the class records instead of counting as present, and
 * saving the same sheet again finds every row as it is and changes none. A certificate keeps what
 * it printed and has an unguessable code (80 random bits) that the public verify page answers
 * with the name, the class, the date and the centre only.
 */
package vn.hoctap.portal.enrolment;
