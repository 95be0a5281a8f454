-- Webhooks (issue 5): endpoints an org-admin registers for an EHR client, and the log of every delivery attempt.
-- The outbox is the change feed (ehr_change), written in the transaction of each change; each endpoint keeps its own
-- position in it, so a restart loses nothing and events reach each endpoint in feed order.

create table webhook_endpoint (
    id                         uuid primary key,
    organization_id            varchar(100)  not null,
    url                        varchar(2000) not null,
    client_id                  varchar(255)  not null,
    description                varchar(500),
    event_types                jsonb         not null,
    secret                     varchar(100)  not null,
    previous_secret            varchar(100),
    previous_secret_expires_at timestamptz,
    active                     boolean       not null default true,
    cursor_tx                  bigint        not null default 0,
    cursor_seq                 bigint        not null default 0,
    failures                   integer       not null default 0,
    next_attempt_at            timestamptz,
    created_by                 varchar(255)  not null,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    version                    bigint        not null default 0
);
create index webhook_endpoint_org on webhook_endpoint (organization_id, created_at, id);
create index webhook_endpoint_due on webhook_endpoint (active, next_attempt_at);

create table webhook_delivery (
    id              uuid primary key,
    organization_id varchar(100)  not null,
    endpoint_id     uuid          not null references webhook_endpoint (id),
    event_id        varchar(100)  not null,
    event_type      varchar(40)   not null,
    peer_id         uuid,
    attempt         integer       not null,
    replay          boolean       not null default false,
    outcome         varchar(20)   not null,
    status_code     integer,
    error           varchar(500),
    payload         text          not null,
    attempted_at    timestamptz   not null,
    duration_ms     integer       not null
);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, attempted_at desc, id desc);
