-- Records of one agency (tenant) each carry organization_id, the token's org claim; every query filters by it.

create table agency_settings (
    organization_id  varchar(100) primary key,
    note_format      varchar(10)  not null default 'DAP',
    billing_rounding varchar(30)  not null default 'EIGHT_MINUTE_RULE',
    daily_unit_cap   integer      not null default 16 check (daily_unit_cap between 1 and 96),
    time_zone        varchar(64)  not null default 'UTC',
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

create table staff (
    id              uuid primary key,
    organization_id varchar(100) not null,
    subject         varchar(255) not null,
    display_name    varchar(255) not null,
    credentials     varchar(100),
    roles           jsonb        not null default '[]',
    active          boolean      not null default true,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint staff_subject_unique unique (organization_id, subject)
);
create index staff_org_name on staff (organization_id, display_name, id);

create table peer (
    id                  uuid primary key,
    organization_id     varchar(100) not null,
    preferred_name      varchar(200) not null,
    pronouns            varchar(50),
    date_of_birth       date,
    recovery_pathways   jsonb        not null default '[]',
    strengths           varchar(4000),
    hopes               varchar(4000),
    concerns            varchar(4000),
    status              varchar(20)  not null,
    external_mrn        varchar(100),
    participant_subject varchar(255),
    concluded_at        timestamptz,
    conclusion_reason   varchar(1000),
    created_by          varchar(255) not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint peer_participant_unique unique (organization_id, participant_subject)
);
create index peer_org_created on peer (organization_id, created_at, id);
create index peer_org_status on peer (organization_id, status, created_at, id);
create index peer_org_name on peer (organization_id, lower(preferred_name));

create table peer_assignment (
    id              uuid primary key,
    organization_id varchar(100) not null,
    peer_id         uuid         not null references peer (id),
    staff_id        uuid         not null references staff (id),
    assigned_by     varchar(255) not null,
    assigned_at     timestamptz  not null,
    constraint peer_assignment_unique unique (peer_id, staff_id)
);
create index peer_assignment_staff on peer_assignment (organization_id, staff_id);

create table audit_event (
    id              uuid primary key,
    organization_id varchar(100) not null,
    occurred_at     timestamptz  not null,
    actor_subject   varchar(255) not null,
    actor_client    varchar(255),
    action          varchar(30)  not null,
    resource_type   varchar(40)  not null,
    resource_id     uuid,
    peer_id         uuid,
    outcome         varchar(20)  not null,
    purpose         varchar(30)  not null
);
create index audit_event_org_time on audit_event (organization_id, occurred_at, id);
create index audit_event_org_peer on audit_event (organization_id, peer_id, occurred_at);

-- Audit events are append-only: no update or delete, whoever asks.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();

create table idempotency_record (
    id              uuid primary key,
    organization_id varchar(100) not null,
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    etag            varchar(100),
    location        varchar(1000),
    created_at      timestamptz  not null,
    constraint idempotency_key_unique unique (organization_id, subject, idempotency_key)
);
