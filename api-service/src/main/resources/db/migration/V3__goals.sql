-- Goals a person sets (SMART), their progress check-ins and milestones.

create table goal (
    id              uuid primary key,
    organization_id varchar(100)  not null,
    peer_id         uuid          not null references peer (id),
    domain          varchar(30)   not null,
    statement       varchar(1000) not null,
    measure         varchar(1000),
    achievable      varchar(1000),
    relevant        varchar(1000),
    target_date     date,
    status          varchar(20)   not null,
    progress        integer       not null default 0 check (progress between 0 and 100),
    milestones      jsonb         not null default '[]',
    techniques      jsonb         not null default '[]',
    topics          jsonb         not null default '[]',
    created_by      varchar(255)  not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index goal_org_peer on goal (organization_id, peer_id, created_at, id);

create table goal_check_in (
    id              uuid primary key,
    organization_id varchar(100)  not null,
    goal_id         uuid          not null references goal (id),
    peer_id         uuid          not null references peer (id),
    checked_on      date          not null,
    progress        integer       not null check (progress between 0 and 100),
    note            varchar(2000),
    recorded_by     varchar(255)  not null,
    recorded_at     timestamptz   not null
);
create index goal_check_in_goal on goal_check_in (organization_id, goal_id, recorded_at);
