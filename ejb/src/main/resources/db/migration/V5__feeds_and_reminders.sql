-- A resident's private calendar feed of their sessions: an unguessable token in the address,
-- replaced (and the old address dead) whenever they ask for a new one.
create table calendar_feed (
    id          bigint       not null auto_increment primary key,
    account_id  bigint       not null,
    token       varchar(64)  not null,
    created_at  datetime(6)  not null,
    constraint uk_calendar_feed_account unique (account_id),
    constraint uk_calendar_feed_token unique (token),
    constraint fk_calendar_feed_account foreign key (account_id) references account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- the reminder the day before a class's first session goes out once per enrolment
alter table enrolment add column reminded_at datetime(6) null;
