package vn.hoctap.portal.events.entity;

/** What kind of community event: the report counts events per type. */
public enum EventType {
    TALK, READING_SESSION, EXHIBITION, OPEN_CLASS, CONTEST, BOOK_FAIR, CAREER_DAY, OTHER
}
