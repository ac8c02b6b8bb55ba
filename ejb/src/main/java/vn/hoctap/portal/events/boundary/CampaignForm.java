package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.CampaignKind;

import java.time.LocalDate;

/** A district's campaign as its administrators write it; the code is a unique slug, e.g. HN-LB-TLHTSD-2026. */
public record CampaignForm(String code, String name, String theme, CampaignKind kind, String districtCode,
                           LocalDate startDate, LocalDate endDate) {
}
