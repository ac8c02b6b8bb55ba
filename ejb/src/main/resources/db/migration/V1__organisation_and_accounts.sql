-- Organisation: city/province -> district -> ward, one community learning centre per ward,
-- residential groups (to dan pho / thon) in each ward. Accounts with their role and scope.

create table administrative_unit (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    level       varchar(20)  not null,
    parent_id   bigint       null,
    version     int          not null default 0,
    constraint uk_administrative_unit_code unique (code),
    constraint fk_administrative_unit_parent foreign key (parent_id) references administrative_unit (id),
    constraint ck_administrative_unit_level check (level in ('CITY', 'DISTRICT', 'WARD'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table learning_centre (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    ward_id     bigint       not null,
    address     varchar(300) null,
    phone       varchar(20)  null,
    email       varchar(200) null,
    version     int          not null default 0,
    constraint uk_learning_centre_code unique (code),
    constraint uk_learning_centre_ward unique (ward_id),
    constraint fk_learning_centre_ward foreign key (ward_id) references administrative_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table residential_group (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    ward_id     bigint       not null,
    version     int          not null default 0,
    constraint uk_residential_group_code unique (code),
    constraint fk_residential_group_ward foreign key (ward_id) references administrative_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table account (
    id                    bigint       not null auto_increment primary key,
    full_name             varchar(120) not null,
    email                 varchar(200) null,
    phone                 varchar(20)  null,
    password_hash         varchar(400) not null,
    role                  varchar(20)  not null,
    birth_year            int          null,
    residential_group_id  bigint       null,
    centre_id             bigint       null,
    admin_unit_id         bigint       null,
    preferred_locale      varchar(10)  not null default 'vi',
    failed_logins         int          not null default 0,
    locked_until          datetime(6)  null,
    created_at            datetime(6)  not null,
    version               int          not null default 0,
    constraint uk_account_email unique (email),
    constraint uk_account_phone unique (phone),
    constraint fk_account_group foreign key (residential_group_id) references residential_group (id),
    constraint fk_account_centre foreign key (centre_id) references learning_centre (id),
    constraint fk_account_admin_unit foreign key (admin_unit_id) references administrative_unit (id),
    constraint ck_account_role check (role in ('RESIDENT', 'TEACHER', 'CENTRE_MANAGER', 'ADMIN')),
    constraint ck_account_contact check (email is not null or phone is not null)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
