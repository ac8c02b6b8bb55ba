package vn.hoctap.portal.identity.boundary;

/** Fired when a resident has signed up; observed after the commit (welcome mail). */
public record AccountRegistered(long accountId, String fullName, String email, String preferredLocale) {
}
