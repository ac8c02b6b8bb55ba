-- Issue 4, running a class: attendance per session, and the certificates issued on a completed
-- result. The result itself (result, literacy_level, note) lives on the enrolment since V4.

-- One mark per learner and session, written when the teacher saves the session's sheet (every
-- learner present unless ticked absent). No row: not marked yet, e.g. a learner who joined the
-- class after that session. Saving the same sheet twice changes no row.
create table attendance (
    id           bigint        not null auto_increment primary key,
    session_id   bigint        not null,
    enrolment_id bigint        not null,
    present      boolean       not null,
    note         varchar(300)  null,
    marked_at    datetime(6)   not null,
    marked_by    bigint        not null,
    version      int           not null default 0,
    constraint uk_attendance_session_enrolment unique (session_id, enrolment_id),
    constraint fk_attendance_session foreign key (session_id) references class_session (id),
    constraint fk_attendance_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint fk_attendance_marked_by foreign key (marked_by) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_attendance_enrolment on attendance (enrolment_id);

-- A completion certificate: one per completed enrolment, with what it printed (the learner's name,
-- the class and the centre as they were that day), so that the public verify page answers what
-- the paper says. The verification code is 80 random bits in Crockford base 32, XXXX-XXXX-XXXX-XXXX.
create table certificate (
    id                bigint        not null auto_increment primary key,
    enrolment_id      bigint        not null,
    verification_code char(19)      not null,
    learner_name      varchar(120)  not null,
    birth_year        int           null,
    course_title      varchar(200)  not null,
    class_code        varchar(40)   not null,
    centre_name       varchar(200)  not null,
    ward_name         varchar(200)  not null,
    completed_on      date          not null,
    literacy_level    int           null,
    issued_on         date          not null,
    issued_at         datetime(6)   not null,
    issued_by         bigint        not null,
    version           int           not null default 0,
    constraint uk_certificate_enrolment unique (enrolment_id),
    constraint uk_certificate_code unique (verification_code),
    constraint fk_certificate_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint fk_certificate_issued_by foreign key (issued_by) references account (id),
    constraint ck_certificate_level check (literacy_level is null or literacy_level in (1, 2))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
