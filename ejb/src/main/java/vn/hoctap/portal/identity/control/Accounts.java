package vn.hoctap.portal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.ContactNormalizer;

import java.util.Optional;

/** Finds accounts by their id or by what their holder signs in with. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** By e-mail address or phone number, in any spelling that normalises to the stored one. */
    public Optional<Account> byLogin(String login) {
        String normalised = ContactNormalizer.login(login);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        String field = normalised.contains("@") ? "email" : "phone";
        return em.createQuery("select a from Account a where a." + field + " = :login", Account.class)
                .setParameter("login", normalised)
                .getResultStream()
                .findFirst();
    }

    public boolean emailTaken(String email) {
        return email != null && byLogin(email).isPresent();
    }

    public boolean phoneTaken(String phone) {
        return phone != null && byLogin(phone).isPresent();
    }

    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
