-- Issue 4, course prerequisites: a course may name the courses (of its centre or district) whose
-- completion it requires, beside the free-text description it already has; a learner has
-- completed a course when any enrolment of theirs in one of its classes has the result COMPLETED.

create table course_prerequisite (
    course_id          bigint not null,
    required_course_id bigint not null,
    primary key (course_id, required_course_id),
    constraint fk_course_prerequisite_course foreign key (course_id) references course (id),
    constraint fk_course_prerequisite_required foreign key (required_course_id) references course (id),
    constraint ck_course_prerequisite_self check (course_id <> required_course_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_course_prerequisite_required on course_prerequisite (required_course_id);

-- The exception a manager records consciously: the learner may take courses that require this
-- course without having completed it at the centre (the centre judged their prior learning
-- equivalent), with who recorded it, when, and the class whose enrolment asked for it.
create table prerequisite_waiver (
    id          bigint      not null auto_increment primary key,
    learner_id  bigint      not null,
    course_id   bigint      not null,
    class_id    bigint      null,
    waived_by   bigint      not null,
    waived_at   datetime(6) not null,
    constraint uk_prerequisite_waiver unique (learner_id, course_id),
    constraint fk_prerequisite_waiver_learner foreign key (learner_id) references learner (id),
    constraint fk_prerequisite_waiver_course foreign key (course_id) references course (id),
    constraint fk_prerequisite_waiver_class foreign key (class_id) references class_offering (id),
    constraint fk_prerequisite_waiver_by foreign key (waived_by) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
