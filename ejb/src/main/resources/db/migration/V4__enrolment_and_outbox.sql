-- Issue 4: learners, enrolments with seats that are never overbooked, and the mail outbox.

-- Seats: a class counts its confirmed learners itself. An enrolment claims a seat with one
-- conditional update of this row ("seats_taken < capacity"), the only contended statement.
alter table class_offering
    add column seats_taken       int      not null default 0,
    -- the last waitlist ticket handed out: an enrolment that finds the class full takes the next one
    add column waitlist_tickets  int      not null default 0,
    add column approval_required boolean  not null default false,
    add constraint ck_class_offering_seats check (seats_taken >= 0 and seats_taken <= capacity);

-- Eligibility as data per programme: an age range, and a programme to complete first unless the
-- learner has finished an equivalent school grade (literacy phase 2: phase 1, or grade 3).
alter table programme
    add column min_age               int    null,
    add column max_age               int    null,
    add column requires_programme_id bigint null,
    add column equivalent_grade      int    null,
    add constraint fk_programme_requires foreign key (requires_programme_id) references programme (id);

update programme set min_age = 15, max_age = 60 where code in ('LITERACY_1', 'LITERACY_2');
update programme p join programme first on first.code = 'LITERACY_1'
set p.requires_programme_id = first.id, p.equivalent_grade = 3
where p.code = 'LITERACY_2';

-- A learner: a resident's own record, or a minimal one a manager creates for a walk-in or a
-- learner found by the household survey (no account, phone optional).
create table learner (
    id                   bigint        not null auto_increment primary key,
    account_id           bigint        null,
    full_name            varchar(120)  not null,
    birth_year           int           null,
    residential_group_id bigint        null,
    phone                varchar(20)   null,
    -- schooling the manager recorded (e.g. 3: primary grade 3 finished), for literacy rules
    completed_grade      int           null,
    created_at           datetime(6)   not null,
    version              int           not null default 0,
    constraint uk_learner_account unique (account_id),
    constraint fk_learner_account foreign key (account_id) references account (id),
    constraint fk_learner_group foreign key (residential_group_id) references residential_group (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table enrolment (
    id             bigint        not null auto_increment primary key,
    class_id       bigint        not null,
    learner_id     bigint        not null,
    status         varchar(20)   not null,
    -- the place in the waitlist, in the order the class was found full (null: never waitlisted)
    waitlist_ticket int          null,
    requested_at   datetime(6)   not null,
    confirmed_at   datetime(6)   null,
    cancelled_at   datetime(6)   null,
    cancelled_by   bigint        null,
    result         varchar(20)   null,
    literacy_level int           null,
    note           varchar(500)  null,
    version        int           not null default 0,
    -- one enrolment per learner and class that is not cancelled: a double click or a retried
    -- request finds the first one
    active         tinyint as (case when status = 'CANCELLED' then null else 1 end) persistent,
    constraint uk_enrolment_active unique (class_id, learner_id, active),
    constraint fk_enrolment_class foreign key (class_id) references class_offering (id),
    constraint fk_enrolment_learner foreign key (learner_id) references learner (id),
    constraint fk_enrolment_cancelled_by foreign key (cancelled_by) references account (id),
    constraint ck_enrolment_status check (status in ('REQUESTED', 'PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    constraint ck_enrolment_result check (result is null or result in ('COMPLETED', 'NOT_COMPLETED')),
    constraint ck_enrolment_level check (literacy_level is null or literacy_level in (1, 2))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- the waitlist of a class in order, and a learner's classes
create index ix_enrolment_class_ticket on enrolment (class_id, waitlist_ticket);
create index ix_enrolment_learner on enrolment (learner_id, status);

-- Mail written in the same transaction as the change it tells about; a scheduled sender sends it,
-- retrying with backoff while the SMTP server is down.
create table outbox_mail (
    id              bigint        not null auto_increment primary key,
    kind            varchar(40)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(10)   not null,
    attempts        int           not null default 0,
    created_at      datetime(6)   not null,
    next_attempt_at datetime(6)   not null,
    sent_at         datetime(6)   null,
    last_error      varchar(500)  null,
    version         int           not null default 0,
    constraint ck_outbox_status check (status in ('PENDING', 'SENT', 'FAILED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_outbox_due on outbox_mail (status, next_attempt_at);
