-- Relapse-prevention plans (issue 6): one plan per peer, every save a new version; versions are never changed.

create table relapse_prevention_plan (
    id              uuid primary key,
    organization_id varchar(100) not null,
    peer_id         uuid         not null references peer (id),
    current_version integer      not null check (current_version >= 1),
    created_by      varchar(255) not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint relapse_prevention_plan_one_per_peer unique (organization_id, peer_id)
);

create table relapse_prevention_plan_version (
    id                    uuid primary key,
    organization_id       varchar(100)  not null,
    plan_id               uuid          not null references relapse_prevention_plan (id),
    peer_id               uuid          not null references peer (id),
    number                integer       not null check (number >= 1),
    -- warning signs (four groups), situations, triggers, coping strategies, reasons, whom to call (network plan
    -- crisis-contact ids, in order), professional contacts and crisis lines
    content               jsonb         not null,
    review_date           date,
    change_note           varchar(1000),
    written_by            varchar(255)  not null,
    written_by_staff      uuid references staff (id),
    written_by_name       varchar(255)  not null,
    written_at            timestamptz   not null,
    constraint relapse_prevention_plan_version_number unique (plan_id, number)
);
create index relapse_prevention_plan_version_review on relapse_prevention_plan_version (organization_id, review_date);

create function relapse_prevention_plan_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'relapse-prevention plan versions are append-only';
end
$$;
create trigger relapse_prevention_plan_version_no_change before update or delete on relapse_prevention_plan_version
    for each row execute function relapse_prevention_plan_version_append_only();
