package vn.hoctap.portal.web.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.identity.boundary.AccountSummary;
import vn.hoctap.portal.identity.boundary.MyAccount;
import vn.hoctap.portal.identity.boundary.PasswordChangeForm;

/** {@code /api/me}: the caller's own account (signed in, by session or HTTP Basic). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MyAccount myAccount;

    @GET
    public AccountSummary me() {
        return myAccount.show();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(PasswordChangeForm form) {
        myAccount.changePassword(form);
    }
}
