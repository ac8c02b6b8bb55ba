-- Issue 6, events and the lifelong learning week: campaigns (a district's programme between two
-- dates), community events with a stable iCalendar uid and a growing sequence, residents'
-- registrations (RSVPs) with a waitlist, and the seats of events that have a capacity, counted
-- by the enrolment's seat machinery (SeatCounter) in a row of their own as for classes (V7).

create table campaign (
    id          bigint        not null auto_increment primary key,
    code        varchar(60)   not null,
    name        varchar(300)  not null,
    theme       varchar(1000) null,
    kind        varchar(30)   not null,
    district_id bigint        not null,
    start_date  date          not null,
    end_date    date          not null,
    version     int           not null default 0,
    constraint uk_campaign_code unique (code),
    constraint fk_campaign_district foreign key (district_id) references administrative_unit (id),
    constraint ck_campaign_kind check (kind in ('LIFELONG_LEARNING_WEEK', 'BOOK_DAY', 'OTHER')),
    constraint ck_campaign_dates check (end_date >= start_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table community_event (
    id             bigint        not null auto_increment primary key,
    -- the content's code (loading is idempotent by it); null for events made in the portal
    code           varchar(40)   null,
    -- iCalendar: the uid never changes, the sequence grows with every change calendars see
    uid            varchar(100)  not null,
    sequence       int           not null default 0,
    title          varchar(300)  not null,
    description    varchar(5000) null,
    type           varchar(20)   not null,
    organiser_kind varchar(20)   not null,
    organiser_name varchar(300)  not null,
    district_id    bigint        not null,
    -- null: district-wide
    ward_id        bigint        null,
    -- null: made by the district's administrators
    centre_id      bigint        null,
    venue_id       bigint        null,
    place          varchar(300)  null,
    -- Vietnam local time
    starts_at      datetime      not null,
    ends_at        datetime      not null,
    audience       varchar(300)  null,
    -- null: open to all, no registration limit and no event_seats row
    capacity       int           null,
    campaign_id    bigint        null,
    status         varchar(20)   not null,
    walk_ins       int           not null default 0,
    updated_at     datetime(6)   not null,
    version        int           not null default 0,
    constraint uk_community_event_code unique (code),
    constraint uk_community_event_uid unique (uid),
    constraint fk_community_event_district foreign key (district_id) references administrative_unit (id),
    constraint fk_community_event_ward foreign key (ward_id) references administrative_unit (id),
    constraint fk_community_event_centre foreign key (centre_id) references learning_centre (id),
    constraint fk_community_event_venue foreign key (venue_id) references venue (id),
    constraint fk_community_event_campaign foreign key (campaign_id) references campaign (id),
    constraint ck_community_event_times check (ends_at > starts_at),
    constraint ck_community_event_capacity check (capacity is null or capacity > 0),
    constraint ck_community_event_place check ((venue_id is null) <> (place is null)),
    constraint ck_community_event_walk_ins check (walk_ins >= 0),
    constraint ck_community_event_status check (status in ('SCHEDULED', 'CANCELLED')),
    constraint ck_community_event_type check (type in ('TALK', 'READING_SESSION', 'EXHIBITION', 'OPEN_CLASS',
                                                       'CONTEST', 'BOOK_FAIR', 'CAREER_DAY', 'OTHER')),
    constraint ck_community_event_organiser check (organiser_kind in ('CENTRE', 'SCHOOL', 'LIBRARY', 'ASSOCIATION'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_community_event_starts on community_event (district_id, starts_at);
create index ix_community_event_campaign on community_event (campaign_id, starts_at);

create table event_rsvp (
    id               bigint       not null auto_increment primary key,
    event_id         bigint       not null,
    resident_id      bigint       not null,
    status           varchar(20)  not null,
    -- the place in the waitlist, in the order the event was found full (null: never waitlisted)
    waitlist_ticket  int          null,
    registered_at    datetime(6)  not null,
    checked_in_at    datetime(6)  null,
    reminder_sent_at datetime(6)  null,
    version          int          not null default 0,
    -- one registration per resident and event that is not cancelled: a double click finds the first
    active           tinyint as (case when status = 'CANCELLED' then null else 1 end) persistent,
    constraint uk_event_rsvp_active unique (event_id, resident_id, active),
    constraint fk_event_rsvp_event foreign key (event_id) references community_event (id),
    constraint fk_event_rsvp_resident foreign key (resident_id) references account (id),
    constraint ck_event_rsvp_status check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    constraint ck_event_rsvp_check_in check (checked_in_at is null or status = 'CONFIRMED')
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_event_rsvp_ticket on event_rsvp (event_id, waitlist_ticket);
create index ix_event_rsvp_resident on event_rsvp (resident_id, status);

-- The seats of an event with a capacity, as class_seats for a class: only the seat claims and
-- releases write seats_taken, with one conditional update ("seats_taken < capacity").
create table event_seats (
    event_id         bigint  not null primary key,
    capacity         int     not null,
    seats_taken      int     not null default 0,
    waitlist_tickets int     not null default 0,
    constraint fk_event_seats_event foreign key (event_id) references community_event (id) on delete cascade,
    constraint ck_event_seats_capacity check (capacity > 0),
    constraint ck_event_seats_taken check (seats_taken >= 0 and seats_taken <= capacity)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
