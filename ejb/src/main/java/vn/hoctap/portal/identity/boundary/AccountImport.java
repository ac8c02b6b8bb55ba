package vn.hoctap.portal.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.control.Accounts;
import vn.hoctap.portal.identity.control.PasswordHasher;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.ContactNormalizer;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.time.Clock;
import java.util.List;

/** Loads the demo accounts from content files; an account whose login exists is skipped. */
@Stateless
public class AccountImport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** @return how many accounts were new */
    public int importIfAbsent(List<AccountContent> content) {
        int added = 0;
        for (AccountContent c : content) {
            String email = ContactNormalizer.email(c.email());
            String phone = ContactNormalizer.phone(c.phone());
            if (accounts.emailTaken(email) || accounts.phoneTaken(phone)) {
                continue;
            }
            String hash = hasher.hash(c.password());
            var now = clock.instant();
            Account account = switch (c.role()) {
                case RESIDENT -> Account.resident(c.fullName(), c.birthYear(), email, phone,
                        byCode(ResidentialGroup.class, c.scope()), hash, now);
                case TEACHER, CENTRE_MANAGER -> Account.staff(c.role(), c.fullName(), email, phone,
                        byCode(LearningCentre.class, c.scope()), hash, now);
                case ADMIN -> Account.administrator(c.fullName(), email, phone,
                        byCode(AdministrativeUnit.class, c.scope()), hash, now);
            };
            accounts.add(account);
            added++;
        }
        return added;
    }

    private <T> T byCode(Class<T> type, String code) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.code = :code", type)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code));
    }
}
