package vn.hoctap.portal.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

import java.security.Principal;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * Who is calling, and whether they may act on a centre. Every service that acts for a centre
 * asks here, so that authorisation never depends on which buttons a page shows.
 */
@ApplicationScoped
public class CallerAccount {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Account> current() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(em.find(Account.class, Long.parseLong(principal.getName())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * The caller's account id when they are signed in with {@code role}, read from the sign-in
     * itself without loading the account (for busy requests that need no more of it); an
     * anonymous caller is denied, a caller in another role gets {@code otherRole}.
     */
    public long requireId(Role role, Supplier<? extends RuntimeException> otherRole) {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDeniedException();
        }
        if (!securityContext.isCallerInRole(role.name())) {
            throw otherRole.get();
        }
        return Long.parseLong(principal.getName());
    }

    public Account require() {
        return current().orElseThrow(AccessDeniedException::new);
    }

    /** The caller, when they are an administrator. */
    public Account requireAdministrator() {
        Account caller = require();
        if (caller.role() != vn.hoctap.portal.identity.entity.Role.ADMIN) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    /** The centre, when the caller manages it (its manager, or an administrator above it). */
    public LearningCentre requireManagerOf(long centreId) {
        Account caller = require();
        LearningCentre centre = em.find(LearningCentre.class, centreId);
        if (centre == null) {
            throw new NotFoundException();
        }
        if (!caller.mayManage(centre)) {
            throw new AccessDeniedException();
        }
        return centre;
    }

    /**
     * The caller, when they manage the centre or are the teacher named (the teacher of a class
     * marks its attendance and results; other teachers of the centre do not).
     *
     * @param teacherId the account of the class's teacher; null when a guest speaker teaches
     */
    public Account requireManagerOrTeacher(long centreId, Long teacherId) {
        Account caller = require();
        if (caller.role() == Role.TEACHER && caller.id().equals(teacherId)) {
            return caller;
        }
        requireManagerOf(centreId);
        return caller;
    }
}
