package vn.hoctap.portal.web.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.identity.boundary.AccountSummary;
import vn.hoctap.portal.identity.boundary.Registration;
import vn.hoctap.portal.identity.boundary.SignUpForm;

/** {@code POST /api/accounts}: a resident signs up (open to anyone). */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Registration registration;

    @POST
    public Response signUp(SignUpForm form) {
        AccountSummary account = registration.signUp(form);
        return Response.created(UriBuilder.fromPath("/api/me").build()).entity(account).build();
    }
}
