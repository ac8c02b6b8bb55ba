package vn.hoctap.portal.events.entity;

/** What a campaign is: the lifelong learning week, the book day, or another programme of events. */
public enum CampaignKind {
    LIFELONG_LEARNING_WEEK, BOOK_DAY, OTHER
}
