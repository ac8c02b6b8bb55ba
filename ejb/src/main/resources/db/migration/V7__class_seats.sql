-- Issue 4 (enrolment burst): a class's seats move to a row of their own. The conditional update
-- that claims a seat ("seats_taken < capacity") is the one contended statement of enrolling; on
-- class_offering it waited for every enrolment being stored at the same moment, because storing
-- an enrolment checks its foreign key with a shared lock on the class's row. Nothing refers to
-- class_seats, so a claim waits only for the claim before it. The entity ClassOffering maps this
-- table as its secondary table (capacity, seats taken), so queries read it as before.
create table class_seats (
    class_id          bigint  not null primary key,
    capacity          int     not null,
    -- confirmed learners; only the seat claims and releases of enrolment write it
    seats_taken       int     not null default 0,
    -- the last waitlist ticket handed out: an enrolment that finds the class full takes the next one
    waitlist_tickets  int     not null default 0,
    constraint fk_class_seats_class foreign key (class_id) references class_offering (id) on delete cascade,
    constraint ck_class_seats_capacity check (capacity > 0),
    constraint ck_class_seats_taken check (seats_taken >= 0 and seats_taken <= capacity)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into class_seats (class_id, capacity, seats_taken, waitlist_tickets)
select id, capacity, seats_taken, waitlist_tickets from class_offering;

alter table class_offering
    drop constraint ck_class_offering_seats,
    drop constraint ck_class_offering_capacity;
alter table class_offering
    drop column seats_taken,
    drop column waitlist_tickets,
    drop column capacity;
