-- Issue 7, learning titles: criteria sets as versioned data (criteria → indicators, the
-- recognition rule), self-assessments with their answers and evidence (files live outside the
-- database, content-addressed), every step with who and when, recognition decisions, the
-- certificates of recognised titles, and the plan's targets and eligible population.

create table criteria_set (
    id                 bigint        not null auto_increment primary key,
    -- the set's identity across versions, e.g. CDHT-LAO-DONG
    code               varchar(40)   not null,
    version_number     int           not null,
    kind               varchar(20)   not null,
    citizen_group      varchar(20)   null,
    name               varchar(300)  not null,
    source             varchar(1000) null,
    period_from        int           not null,
    period_to          int           not null,
    -- true for the editable templates written for this project
    template           boolean       not null,
    min_total          int           not null,
    min_each_indicator int           null,
    -- the newest version of its code: new assessments are made against it
    is_current         boolean       not null,
    published_at       datetime(6)   not null,
    published_by       bigint        null,
    version            int           not null default 0,
    constraint uk_criteria_set_version unique (code, version_number),
    constraint fk_criteria_set_published_by foreign key (published_by) references account (id),
    constraint ck_criteria_set_kind check (kind in ('CITIZEN', 'FAMILY', 'CLAN', 'COMMUNITY', 'UNIT')),
    constraint ck_criteria_set_group check ((kind = 'CITIZEN') = (citizen_group is not null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_criteria_set_kind_current on criteria_set (kind, is_current);

create table criteria_criterion (
    id       bigint       not null auto_increment primary key,
    set_id   bigint       not null,
    position int          not null,
    code     varchar(20)  not null,
    title    varchar(500) not null,
    constraint fk_criteria_criterion_set foreign key (set_id) references criteria_set (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- not unique: correcting an unused version replaces its criteria, and Hibernate inserts the new
-- rows before it deletes the old ones
create index ix_criteria_criterion_set on criteria_criterion (set_id, position);

create table criteria_indicator (
    id            bigint        not null auto_increment primary key,
    criterion_id  bigint        not null,
    -- numbered 1… across the whole set ("Chỉ số 6")
    number        int           not null,
    text          varchar(1000) not null,
    max_points    int           not null,
    min_points    int           null,
    mandatory     boolean       not null,
    evidence_hint varchar(1000) null,
    constraint fk_criteria_indicator_criterion foreign key (criterion_id) references criteria_criterion (id),
    constraint ck_criteria_indicator_points check (max_points > 0 and (min_points is null or min_points between 0 and max_points))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table recognition_decision (
    id         bigint       not null auto_increment primary key,
    ward_id    bigint       not null,
    year       int          not null,
    number     varchar(60)  not null,
    decided_on date         not null,
    signer     varchar(200) not null,
    issued_by  bigint       not null,
    issued_at  datetime(6)  not null,
    version    int          not null default 0,
    constraint uk_recognition_decision_number unique (ward_id, number),
    constraint fk_recognition_decision_ward foreign key (ward_id) references administrative_unit (id),
    constraint fk_recognition_decision_issued_by foreign key (issued_by) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table title_assessment (
    id                   bigint       not null auto_increment primary key,
    criteria_set_id      bigint       not null,
    kind                 varchar(20)  not null,
    -- who or what is assessed, stable across years: A<account> (the citizen, or the family, clan or
    -- organisation the account records), G<residential group> (a learning community)
    subject_key          varchar(40)  not null,
    subject_name         varchar(200) not null,
    owner_id             bigint       not null,
    ward_id              bigint       not null,
    residential_group_id bigint       not null,
    year                 int          not null,
    status               varchar(20)  not null,
    publish_consent      boolean      not null default false,
    submitted_at         datetime(6)  null,
    decision_id          bigint       null,
    created_at           datetime(6)  not null,
    version              int          not null default 0,
    -- one assessment per subject and year
    constraint uk_title_assessment_subject_year unique (kind, subject_key, year),
    constraint fk_title_assessment_set foreign key (criteria_set_id) references criteria_set (id),
    constraint fk_title_assessment_owner foreign key (owner_id) references account (id),
    constraint fk_title_assessment_ward foreign key (ward_id) references administrative_unit (id),
    constraint fk_title_assessment_group foreign key (residential_group_id) references residential_group (id),
    constraint fk_title_assessment_decision foreign key (decision_id) references recognition_decision (id),
    constraint ck_title_assessment_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED', 'RECOGNISED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_title_assessment_ward_status on title_assessment (ward_id, year, status);
create index ix_title_assessment_owner on title_assessment (owner_id);

create table title_answer (
    id               bigint        not null auto_increment primary key,
    assessment_id    bigint        not null,
    indicator_number int           not null,
    points           int           null,
    evidence_text    varchar(1000) null,
    file_sha256      char(64)      null,
    file_size        bigint        null,
    file_media_type  varchar(100)  null,
    file_name        varchar(255)  null,
    constraint uk_title_answer_indicator unique (assessment_id, indicator_number),
    constraint fk_title_answer_assessment foreign key (assessment_id) references title_assessment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table title_step (
    id            bigint        not null auto_increment primary key,
    assessment_id bigint        not null,
    action        varchar(20)   not null,
    actor_id      bigint        null,
    actor_name    varchar(120)  not null,
    acted_at      datetime(6)   not null,
    comment       varchar(2000) null,
    constraint fk_title_step_assessment foreign key (assessment_id) references title_assessment (id),
    constraint fk_title_step_actor foreign key (actor_id) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table title_certificate (
    id                bigint       not null auto_increment primary key,
    assessment_id     bigint       not null,
    verification_code char(19)     not null,
    holder_name       varchar(200) not null,
    kind              varchar(20)  not null,
    year              int          not null,
    decision_number   varchar(60)  not null,
    decided_on        date         not null,
    signer            varchar(200) not null,
    issuer            varchar(200) not null,
    ward_name         varchar(200) not null,
    issued_at         datetime(6)  not null,
    constraint uk_title_certificate_assessment unique (assessment_id),
    constraint uk_title_certificate_code unique (verification_code),
    constraint fk_title_certificate_assessment foreign key (assessment_id) references title_assessment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table title_target (
    id             bigint      not null auto_increment primary key,
    ward_id        bigint      not null,
    year           int         not null,
    kind           varchar(20) not null,
    target_percent int         not null,
    deadline       date        null,
    version        int         not null default 0,
    constraint uk_title_target unique (ward_id, year, kind),
    constraint fk_title_target_ward foreign key (ward_id) references administrative_unit (id),
    constraint ck_title_target_percent check (target_percent between 0 and 100)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table title_population (
    id                   bigint      not null auto_increment primary key,
    residential_group_id bigint      not null,
    year                 int         not null,
    kind                 varchar(20) not null,
    eligible             int         not null,
    version              int         not null default 0,
    constraint uk_title_population unique (residential_group_id, year, kind),
    constraint fk_title_population_group foreign key (residential_group_id) references residential_group (id),
    constraint ck_title_population_eligible check (eligible >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
