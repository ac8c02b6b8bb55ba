package vn.hoctap.portal.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.boundary.Registration;
import vn.hoctap.portal.identity.boundary.SignIn;
import vn.hoctap.portal.identity.boundary.SignUpForm;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.boundary.OrganisationDirectory;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.reporting.boundary.CentreDashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services inside the server, on the migrated MariaDB schema, without HTTP in between. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalForTestsInside(ServicesIT.class, Residents.class);
    }

    @Inject
    Registration registration;

    @Inject
    SignIn signIn;

    @Inject
    CallerAccount caller;

    @Inject
    CentreDashboard dashboard;

    @Inject
    OrganisationDirectory organisation;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private SignUpForm resident(String phone) {
        SignUpForm form = new SignUpForm();
        form.setFullName("Trịnh Văn Quyết");
        form.setBirthYear(1983);
        form.setPhone(phone);
        form.setResidentialGroupId(organisation.wardsWithGroups().get(0).groups().get(0).id());
        form.setPassword("Matkhau2026");
        return form;
    }

    @Test
    void a_signed_up_resident_is_stored_with_a_pbkdf2_hash_and_found_by_any_phone_spelling() {
        String phone = Residents.newPhone();
        long id = registration.signUp(resident(phone)).id();

        Account stored = em.find(Account.class, id);
        assertThat(stored.phone()).isEqualTo(phone);
        assertThat(stored.passwordHash()).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("Matkhau2026");
        String international = "+84 " + phone.substring(1, 4) + " " + phone.substring(4);
        assertThat(signIn.verify(international, "Matkhau2026")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(id));
    }

    @Test
    void invalid_sign_ups_name_every_field_and_store_nothing() {
        SignUpForm form = resident(null);
        form.setFullName("");
        form.setBirthYear(1700);
        long before = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();

        assertThatThrownBy(() -> registration.signUp(form))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidInputException.FieldError::messageKey)
                        .contains("signup.fullName.required", "signup.birthYear.implausible", "signup.contact.required"));
        assertThat(em.createQuery("select count(a) from Account a", Long.class).getSingleResult()).isEqualTo(before);
    }

    @Test
    void five_failed_sign_ins_lock_the_account_and_then_even_the_right_password_fails() {
        String phone = Residents.newPhone();
        registration.signUp(resident(phone));

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn.verify(phone, "sai-mat-khau" + attempt)).isEmpty();
        }
        assertThat(signIn.lockedUntil(phone)).isPresent();
        assertThat(signIn.verify(phone, "Matkhau2026")).isEmpty();
    }

    @Test
    void without_a_signed_in_caller_the_dashboard_is_refused() {
        assertThat(caller.current()).isEmpty();
        assertThatThrownBy(() -> dashboard.manageableCentres()).isInstanceOf(AccessDeniedException.class);
    }
}
