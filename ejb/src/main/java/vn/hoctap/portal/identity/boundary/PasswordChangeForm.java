package vn.hoctap.portal.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import vn.hoctap.portal.identity.boundary.validation.StrongPassword;

/** The current password and the new one. */
public record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @StrongPassword String newPassword) {
}
