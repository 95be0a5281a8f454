-- Nobody is in two billed services at once (issue 12): a session claims its time for its peer and for its coach, and
-- the exclusion constraint refuses a second claim on the same person's overlapping time. The service checks first
-- (under an advisory lock per person, to name the session in the way); this constraint is the database's guarantee.
-- A later kind of service (a group meeting) joins by claiming time in this table too.
create extension if not exists btree_gist;

create table service_time_claim (
    id              uuid primary key,
    organization_id varchar(100) not null,
    party_kind      varchar(10)  not null check (party_kind in ('PEER', 'STAFF')),
    party_id        uuid         not null,
    started_at      timestamptz  not null,
    ended_at        timestamptz  not null,
    during          tstzrange    generated always as (tstzrange(started_at, ended_at, '[)')) stored,
    session_id      uuid         not null references session (id) on delete cascade,
    constraint service_time_claim_ends_after_start check (ended_at > started_at),
    constraint service_time_claim_no_overlap exclude using gist (party_id with =, during with &&)
);
create index service_time_claim_session on service_time_claim (session_id);

-- Sessions recorded before the rule: the earliest recorded one keeps its time; a later overlapping one claims
-- nothing (it stays in the record as it was billed) instead of failing the migration.
insert into service_time_claim (id, organization_id, party_kind, party_id, started_at, ended_at, session_id)
select gen_random_uuid(), s.organization_id, p.kind, p.id, s.started_at, s.ended_at, s.id
from session s
cross join lateral (values ('PEER', s.peer_id), ('STAFF', s.coach_staff_id)) as p (kind, id)
order by s.created_at, s.id
on conflict do nothing;
