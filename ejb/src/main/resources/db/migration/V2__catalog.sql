-- Course catalog and timetable: programmes (reference data), public holidays, venues, courses,
-- class offerings and their sessions. Times are local times in Asia/Ho_Chi_Minh (no DST).

create table programme (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    literacy    boolean      not null default false,
    version     int          not null default 0,
    constraint uk_programme_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table holiday (
    id          bigint       not null auto_increment primary key,
    starts_on   date         not null,
    ends_on     date         not null,
    name        varchar(200) not null,
    constraint uk_holiday unique (starts_on, name),
    constraint ck_holiday_dates check (ends_on >= starts_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table venue (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    centre_id   bigint       not null,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    capacity    int          not null,
    address     varchar(300) null,
    version     int          not null default 0,
    constraint uk_venue_code unique (code),
    constraint fk_venue_centre foreign key (centre_id) references learning_centre (id),
    constraint ck_venue_kind check (kind in ('CENTRE_ROOM', 'OUTSIDE_PLACE')),
    constraint ck_venue_capacity check (capacity > 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table course (
    id              bigint        not null auto_increment primary key,
    code            varchar(40)   not null,
    centre_id       bigint        not null,
    programme_id    bigint        not null,
    title           varchar(200)  not null,
    summary         varchar(500)  not null,
    description     text          null,
    min_age         int           null,
    max_age         int           null,
    audience_groups varchar(200)  not null default '',
    level           varchar(100)  null,
    prerequisites   varchar(500)  null,
    fee             bigint        not null default 0,
    status          varchar(20)   not null,
    -- title and summary folded (no diacritics, lower case) for the catalog's text filter
    search_text     varchar(1000) not null default '',
    version         int           not null default 0,
    constraint uk_course_code unique (code),
    constraint fk_course_centre foreign key (centre_id) references learning_centre (id),
    constraint fk_course_programme foreign key (programme_id) references programme (id),
    constraint ck_course_fee check (fee >= 0),
    constraint ck_course_status check (status in ('DRAFT', 'PUBLISHED', 'RUNNING', 'COMPLETED', 'CANCELLED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_course_centre_status on course (centre_id, status);

create table class_offering (
    id              bigint        not null auto_increment primary key,
    code            varchar(40)   not null,
    course_id       bigint        not null,
    teacher_id      bigint        null,
    guest_speaker   varchar(200)  null,
    venue_id        bigint        not null,
    capacity        int           not null,
    start_date      date          not null,
    end_date        date          not null,
    cancelled       boolean       not null default false,
    -- the weekly pattern the catalog filters on: "|TUESDAY|THURSDAY|", usual start and end time
    weekdays        varchar(80)   not null default '',
    usual_start     time          null,
    usual_end       time          null,
    version         int           not null default 0,
    constraint uk_class_offering_code unique (code),
    constraint fk_class_offering_course foreign key (course_id) references course (id),
    constraint fk_class_offering_teacher foreign key (teacher_id) references account (id),
    constraint fk_class_offering_venue foreign key (venue_id) references venue (id),
    constraint ck_class_offering_dates check (end_date >= start_date),
    constraint ck_class_offering_capacity check (capacity > 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table class_session (
    id              bigint        not null auto_increment primary key,
    class_id        bigint        not null,
    venue_id        bigint        not null,
    starts_at       datetime(6)   not null,
    ends_at         datetime(6)   not null,
    venue_shared    boolean       not null default false,
    cancelled       boolean       not null default false,
    version         int           not null default 0,
    constraint fk_class_session_class foreign key (class_id) references class_offering (id),
    constraint fk_class_session_venue foreign key (venue_id) references venue (id),
    constraint ck_class_session_times check (ends_at > starts_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_class_offering_start on class_offering (start_date);

-- clash look-ups: sessions of a venue / of a class around a time
create index ix_class_session_venue_time on class_session (venue_id, starts_at);
create index ix_class_session_class_time on class_session (class_id, starts_at);

-- every change of a timetable, with who and when: rescheduled or cancelled sessions, cancelled classes
create table schedule_change (
    id              bigint        not null auto_increment primary key,
    class_id        bigint        not null,
    session_id      bigint        null,
    kind            varchar(30)   not null,
    old_start       datetime(6)   null,
    old_end         datetime(6)   null,
    new_start       datetime(6)   null,
    new_end         datetime(6)   null,
    reason          varchar(500)  null,
    changed_by      bigint        not null,
    changed_at      datetime(6)   not null,
    constraint fk_schedule_change_class foreign key (class_id) references class_offering (id),
    constraint fk_schedule_change_session foreign key (session_id) references class_session (id),
    constraint fk_schedule_change_account foreign key (changed_by) references account (id),
    constraint ck_schedule_change_kind check (kind in ('SESSION_RESCHEDULED', 'SESSION_CANCELLED', 'CLASS_CANCELLED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
