/**
 * Accounts, sign-up, sign-in and who may act where. Passwords are PBKDF2 hashes; repeated
 * failed sign-ins lock an account for a while. The rule "a centre manager acts only within their
 * centre, an administrator within their district or city" lives in {@link
 * vn.hoctap.portal.identity.entity.Account#mayManage} and every service checks it through
 * {@link vn.hoctap.portal.identity.boundary.CallerAccount}.
 */
package vn.hoctap.portal.identity;
