-- Network plans (issue 4): one plan per peer, every save a new version; versions are never changed. Members keep
-- their id from version to version (the relapse-prevention plan names crisis contacts by member id).

create table network_plan (
    id              uuid primary key,
    organization_id varchar(100) not null,
    peer_id         uuid         not null references peer (id),
    current_version integer      not null check (current_version >= 1),
    created_by      varchar(255) not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint network_plan_one_per_peer unique (organization_id, peer_id)
);

create table network_plan_version (
    id                    uuid primary key,
    organization_id       varchar(100)  not null,
    plan_id               uuid          not null references network_plan (id),
    peer_id               uuid          not null references peer (id),
    number                integer       not null check (number >= 1),
    -- members: id, kind, name, relationship, support types, contact preference and details, availability,
    -- crisis-contact flag and order
    members               jsonb         not null,
    check_in_cadence      varchar(20),
    review_date           date,
    change_note           varchar(1000),
    written_by            varchar(255)  not null,
    written_by_staff      uuid references staff (id),
    written_by_name       varchar(255)  not null,
    written_at            timestamptz   not null,
    constraint network_plan_version_number unique (plan_id, number)
);
create index network_plan_version_review on network_plan_version (organization_id, review_date);

create function network_plan_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'network plan versions are append-only';
end
$$;
create trigger network_plan_version_no_change before update or delete on network_plan_version
    for each row execute function network_plan_version_append_only();
