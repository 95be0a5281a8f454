-- The day a person joined the program, set by their coach (issue 12). The program report counts a peer as active from
-- this day, where it used the record's creation time, which could fall after the sessions it served them with.
-- Existing records: the creation day in the agency's time zone, or the first session's day when that came earlier,
-- so that no existing session predates its peer's enrolment.
alter table peer add column enrolled_on date;

update peer p set enrolled_on = least(
        (p.created_at at time zone coalesce(
            (select a.time_zone from agency_settings a where a.organization_id = p.organization_id), 'UTC'))::date,
        coalesce((select min(s.service_date) from session s where s.peer_id = p.id), 'infinity'::date));

alter table peer alter column enrolled_on set not null;
