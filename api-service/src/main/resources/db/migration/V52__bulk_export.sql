-- FHIR Bulk Data $export jobs (issue 5). Files are not stored: each is streamed from the database when downloaded,
-- as of the job's transaction time, so a job holds only its parameters and counts.

create table export_job (
    id               uuid primary key,
    organization_id  varchar(100)  not null,
    client_id        varchar(255)  not null,
    level            varchar(20)   not null,
    group_id         uuid,
    types            jsonb         not null,
    since            timestamptz,
    transaction_time timestamptz   not null,
    status           varchar(20)   not null,
    request_url      varchar(2000) not null,
    counts           jsonb,
    error            varchar(1000),
    created_at       timestamptz   not null,
    completed_at     timestamptz,
    expires_at       timestamptz
);
create index export_job_status on export_job (status, created_at);
