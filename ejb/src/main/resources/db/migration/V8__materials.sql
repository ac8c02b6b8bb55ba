-- Issue 5, open learning materials (học liệu mở): the subjects (reference data from
-- content/subjects.yaml), materials with their Dublin Core metadata, the file versions of a
-- material (the files themselves live outside the database, content-addressed by SHA-256), the
-- text extracted from each version, and every step of a material's life with who and when.

create table subject (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    position    int          not null default 0,
    constraint uk_subject_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table material (
    id             bigint        not null auto_increment primary key,
    kind           varchar(10)   not null,
    -- the key of a material loaded from content/materials/materials.yaml, so it is loaded once
    content_key    varchar(100)  null,
    title          varchar(300)  not null,
    description    text          null,
    subject_id     bigint        not null,
    -- audience codes, comma-separated: "ADULTS,FARMERS"
    audiences      varchar(300)  not null,
    level          varchar(20)   not null,
    language       varchar(10)   not null,
    licence        varchar(30)   not null,
    author         varchar(200)  null,
    -- published by a centre, or by an administrator for their district or city (unit)
    centre_id      bigint        null,
    unit_id        bigint        null,
    publisher_name varchar(200)  not null,
    published_on   date          null,
    format         varchar(20)   not null,
    link_url       varchar(1000) null,
    status         varchar(20)   not null,
    current_version int          not null default 0,
    -- when the material last changed in a way the search index cares about; handed out from
    -- material_stamp under its row lock, so stamps become visible in increasing order
    change_stamp   bigint        not null default 0,
    created_at     datetime(6)   not null,
    created_by     bigint        null,
    version        int           not null default 0,
    constraint uk_material_content_key unique (content_key),
    constraint fk_material_subject foreign key (subject_id) references subject (id),
    constraint fk_material_centre foreign key (centre_id) references learning_centre (id),
    constraint fk_material_unit foreign key (unit_id) references administrative_unit (id),
    constraint fk_material_created_by foreign key (created_by) references account (id),
    constraint ck_material_publisher check ((centre_id is null) <> (unit_id is null)),
    constraint ck_material_kind check (kind in ('FILE', 'LINK')),
    constraint ck_material_link check ((kind = 'LINK') = (link_url is not null)),
    constraint ck_material_status check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    constraint ck_material_level check (level in ('BASIC', 'INTERMEDIATE', 'ADVANCED')),
    constraint ck_material_licence check (licence in ('CC_BY', 'CC_BY_SA', 'PUBLIC_DOMAIN', 'ALL_RIGHTS_RESERVED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_material_centre_status on material (centre_id, status);
create index ix_material_unit_status on material (unit_id, status);
create index ix_material_status_id on material (status, id);
create index ix_material_change_stamp on material (change_stamp);

-- the one counter of change stamps
create table material_stamp (
    id          int     not null primary key,
    last_stamp  bigint  not null
) engine = InnoDB;
insert into material_stamp (id, last_stamp) values (1, 0);

create table material_version (
    id              bigint        not null auto_increment primary key,
    material_id     bigint        not null,
    number          int           not null,
    sha256          char(64)      not null,
    size_bytes      bigint        not null,
    media_type      varchar(150)  not null,
    format          varchar(20)   not null,
    file_name       varchar(255)  not null,
    uploaded_at     datetime(6)   not null,
    uploaded_by     bigint        null,
    extraction      varchar(20)   not null,
    failure         varchar(30)   null,
    -- how far the extraction got: pages of a PDF, else characters so far
    pages_done      int           null,
    pages_total     int           null,
    characters      bigint        not null default 0,
    text_truncated  boolean       not null default false,
    extracted_at    datetime(6)   null,
    version         int           not null default 0,
    constraint uk_material_version unique (material_id, number),
    constraint fk_material_version_material foreign key (material_id) references material (id),
    constraint fk_material_version_uploaded_by foreign key (uploaded_by) references account (id),
    constraint ck_material_version_extraction check (extraction in ('QUEUED', 'EXTRACTING', 'DONE', 'FAILED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_material_version_extraction on material_version (extraction);
create index ix_material_version_sha on material_version (sha256);

-- the text of a version, kept apart so that lists of versions never read it
create table material_text (
    version_id  bigint    not null primary key,
    content     longtext  not null,
    constraint fk_material_text_version foreign key (version_id) references material_version (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- the material's life: created, published, withdrawn, back to draft, new version, metadata changed
create table material_step (
    id              bigint       not null auto_increment primary key,
    material_id     bigint       not null,
    action          varchar(30)  not null,
    status          varchar(20)  not null,
    version_number  int          null,
    done_by         bigint       null,
    done_at         datetime(6)  not null,
    constraint fk_material_step_material foreign key (material_id) references material (id),
    constraint fk_material_step_account foreign key (done_by) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_material_step_material on material_step (material_id, id);
