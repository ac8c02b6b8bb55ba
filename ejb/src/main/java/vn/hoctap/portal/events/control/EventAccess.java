package vn.hoctap.portal.events.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

/**
 * Who may manage which event: a centre's manager its centre's events, an administrator every
 * event of their district (and the district's campaigns). Unknown events are not found (404),
 * others' are forbidden (403). Joins the caller's transaction.
 */
@Stateless
public class EventAccess {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    /** Whether an account may manage the event. */
    public static boolean mayManage(Account account, CommunityEvent event) {
        return account.mayManage(event.district())
                || event.centre() != null && account.mayManage(event.centre());
    }

    public CommunityEvent event(long eventId) {
        CommunityEvent event = em.find(CommunityEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException();
        }
        return event;
    }

    /** The event, when the caller may manage it. */
    public CommunityEvent managedEvent(long eventId) {
        CommunityEvent event = event(eventId);
        Account account = caller.require();
        if (!mayManage(account, event)) {
            throw new AccessDeniedException();
        }
        return event;
    }

    /** The campaign, when the caller administers its district. */
    public Campaign managedCampaign(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException();
        }
        if (!caller.require().mayManage(campaign.district())) {
            throw new AccessDeniedException();
        }
        return campaign;
    }
}
