package vn.hoctap.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only answers about the organisation, open to everyone. */
@Stateless
public class OrganisationDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every ward that has residential groups, by district and name, with its groups. */
    public List<WardChoice> wardsWithGroups() {
        List<ResidentialGroup> groups = em.createQuery("""
                        select g from ResidentialGroup g join g.ward w join w.parent d
                        order by d.name, w.name, g.code""", ResidentialGroup.class)
                .getResultList();
        Map<Long, WardChoice> wards = new LinkedHashMap<>();
        for (ResidentialGroup group : groups) {
            var ward = group.ward();
            wards.computeIfAbsent(ward.id(), id -> new WardChoice(id, ward.name(), ward.parent().name(), new ArrayList<>()))
                    .groups().add(new WardChoice.GroupChoice(group.id(), group.name()));
        }
        return List.copyOf(wards.values());
    }
}
