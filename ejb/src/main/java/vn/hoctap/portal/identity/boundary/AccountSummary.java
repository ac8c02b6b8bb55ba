package vn.hoctap.portal.identity.boundary;

import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;

/** What the screens and the API show of an account. Never the password hash. */
public record AccountSummary(long id, String fullName, Role role, String email, String phone,
                             Integer birthYear, String residentialGroup, String ward,
                             Long centreId, String centre, String preferredLocale) {

    static AccountSummary of(Account account) {
        var group = account.residentialGroup();
        var centre = account.centre();
        String ward = group != null ? group.ward().name() : centre != null ? centre.ward().name() : null;
        return new AccountSummary(account.id(), account.fullName(), account.role(), account.email(),
                account.phone(), account.birthYear(), group == null ? null : group.name(), ward,
                centre == null ? null : centre.id(), centre == null ? null : centre.name(),
                account.preferredLocale());
    }
}
