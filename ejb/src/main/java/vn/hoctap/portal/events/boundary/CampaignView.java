package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.CampaignKind;

import java.time.LocalDate;

/** A campaign with its district and how many events it has (cancelled ones included). */
public record CampaignView(long id, String code, String name, String theme, CampaignKind kind, String districtCode,
                           String districtName, LocalDate startDate, LocalDate endDate, long events) {
}
