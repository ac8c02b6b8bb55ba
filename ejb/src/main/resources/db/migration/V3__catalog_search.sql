-- What the catalog filters on without reading every session: a course's folded text (no
-- diacritics, lower case) and a class's weekly pattern (its weekdays as "|TUESDAY|THURSDAY|",
-- and the usual start and end time of its sessions).

alter table course add column search_text varchar(1000) not null default '';
alter table class_offering add column weekdays varchar(80) not null default '';
alter table class_offering add column usual_start time null;
alter table class_offering add column usual_end time null;

create index ix_class_offering_start on class_offering (start_date);

-- classes scheduled before this migration: their pattern from their sessions
update class_offering c set
    weekdays = coalesce((select concat('|', group_concat(distinct upper(dayname(s.starts_at))
                                       order by weekday(s.starts_at) separator '|'), '|')
                         from class_session s where s.class_id = c.id and s.cancelled = false), ''),
    usual_start = (select min(time(s.starts_at)) from class_session s where s.class_id = c.id and s.cancelled = false),
    usual_end = (select time(s.ends_at) from class_session s where s.class_id = c.id and s.cancelled = false
                 order by time(s.starts_at) limit 1);
-- courses: search_text is filled by V3_1 (Java), which folds Vietnamese diacritics
