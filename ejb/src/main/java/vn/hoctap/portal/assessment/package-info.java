/**
 * Learning titles (danh hiệu học tập): learning citizens, families, clans, communities and units
 * assess themselves against a criteria set, submit with evidence, the ward's reviewers accept,
 * return or reject, and a recognition decision recognises a batch with certificates.
 *
 * <p>Rules of the package:
 * <ul>
 * <li>Criteria sets are versioned data, never code ({@code CriteriaSet}): a change publishes a new
 * version; a version that an assessment was made against can no longer be edited, and every
 * assessment keeps the version it was made against.</li>
 * <li>An assessment computes its own score and explains what is missing ({@code Scorecard});
 * it guards its status life (draft → submitted → accepted / returned / rejected → recognised)
 * and records every step with who and when.</li>
 * <li>The subject is who or what is assessed: the citizen themself, or a family, clan or
 * organisation the resident records as its head, representative or officer, or the resident's
 * residential group as its leader. One assessment per subject and year.</li>
 * <li>Reviewers are the managers of the ward's centre and the administrators above it
 * ({@code CallerAccount.requireManagerOf}); a resident sees only their own assessments.</li>
 * <li>Certificates use the enrolment's renderer and verification codes, and verify on the same
 * public page; evidence files go to the materials' content-addressed store.</li>
 * </ul>
 */
package vn.hoctap.portal.assessment;
