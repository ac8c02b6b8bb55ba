/**
 * Enrolment: residents join classes, teachers keep the class records (hồ sơ lớp: roster,
 * attendance, results) and the centre recognises completion with a certificate whose
 * verification code and QR code lead to a public page. The documents are Vietnamese
 * administrative documents: their fixed words live in the {@code documents} bundle, their
 * PDFs embed a font with every Vietnamese letter.
 */
package vn.hoctap.portal.enrolment;
