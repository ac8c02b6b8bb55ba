/**
 * The course catalog and the timetable: programmes (reference data), courses and their status,
 * venues, class offerings and their sessions. A session never double-books a teacher; it double-
 * books a venue only when a manager says so consciously. Recurring timetables skip the public
 * holidays of the {@link vn.hoctap.portal.catalog.entity.HolidayCalendar}. All times are local
 * times in Asia/Ho_Chi_Minh, which has no daylight saving time.
 */
package vn.hoctap.portal.catalog;
