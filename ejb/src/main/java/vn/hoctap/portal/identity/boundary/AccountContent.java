package vn.hoctap.portal.identity.boundary;

import vn.hoctap.portal.identity.entity.Role;

/**
 * A demo account as {@code content/accounts.yaml} describes it. {@code scope} is the code of the
 * residential group (residents), the centre (teachers, managers) or the district/city (admins).
 */
public record AccountContent(Role role, String fullName, String email, String phone, Integer birthYear,
                             String scope, String password) {
}
