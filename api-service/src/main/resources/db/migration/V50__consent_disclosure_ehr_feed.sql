-- The EHR side (issue 5): consents, the accounting of disclosures, the signed documents an EHR may receive and the
-- change feed over them. Records of one agency carry organization_id, the token's org claim.

-- A person's consent to disclose part of their record to one recipient (42 CFR 2.31). Never deleted: a revocation
-- is recorded on the row and takes effect at once.
create table consent (
    id                     uuid primary key,
    organization_id        varchar(100)  not null,
    peer_id                uuid          not null references peer (id),
    recipient_client_id    varchar(255),
    recipient_organization varchar(255),
    recipient_name         varchar(255)  not null,
    purpose                varchar(40)   not null,
    scopes                 jsonb         not null,
    effective_from         timestamptz   not null,
    expires_at             timestamptz,
    revoked_at             timestamptz,
    revoked_by             varchar(255),
    revocation_reason      varchar(1000),
    created_by             varchar(255)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    constraint consent_names_a_recipient check (recipient_client_id is not null or recipient_organization is not null),
    constraint consent_expiry_after_start check (expires_at is null or expires_at > effective_from)
);
create index consent_org_peer on consent (organization_id, peer_id, created_at, id);
create index consent_org_client on consent (organization_id, recipient_client_id);
create index consent_org_created on consent (organization_id, created_at, id);

-- The EHR clients of an agency and the organization each acts for, so that a consent naming an organization covers
-- that organization's clients.
create table ehr_client (
    organization_id        varchar(100) not null,
    client_id              varchar(255) not null,
    recipient_organization varchar(255) not null,
    display_name           varchar(255) not null,
    created_at             timestamptz  not null,
    primary key (organization_id, client_id)
);

-- Every disclosure to an EHR client, written in the transaction that discloses (42 CFR 2.24, 2.25). Append-only.
create table disclosure (
    id              uuid primary key,
    organization_id varchar(100)  not null,
    peer_id         uuid          not null,
    consent_id      uuid          not null references consent (id),
    client_id       varchar(255)  not null,
    recipient_name  varchar(255)  not null,
    channel         varchar(20)   not null,
    purpose         varchar(40)   not null,
    description     varchar(1000) not null,
    resource_refs   jsonb         not null,
    disclosed_at    timestamptz   not null
);
create index disclosure_org_peer on disclosure (organization_id, peer_id, disclosed_at desc, id desc);

create function disclosure_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosures are append-only';
end
$$;
create trigger disclosure_no_change before update or delete on disclosure
    for each row execute function disclosure_append_only();

-- A signed note or addendum as it was signed: immutable, the copy every EHR path (FHIR, feed, export, webhooks)
-- discloses. Written by the signing transaction through EhrPublisher; a withdrawal (entered in error) only marks it.
create table ehr_document (
    id                  uuid primary key,
    organization_id     varchar(100)  not null,
    peer_id             uuid          not null references peer (id),
    kind                varchar(20)   not null,
    note_id             uuid          not null,
    session_id          uuid,
    session_start       timestamptz,
    session_end         timestamptz,
    modality            varchar(20),
    setting             varchar(200),
    service_code        varchar(20),
    billing_units       integer,
    note_format         varchar(10),
    content             text          not null,
    content_hash        varchar(64)   not null,
    author_staff_id     uuid,
    author_name         varchar(255)  not null,
    author_credentials  varchar(100),
    signed_at           timestamptz   not null,
    cosigner_name       varchar(255),
    cosigned_at         timestamptz,
    addendum_reason     varchar(1000),
    withdrawn_at        timestamptz,
    withdrawal_reason   varchar(1000),
    recorded_at         timestamptz   not null,
    updated_at          timestamptz   not null
);
create index ehr_document_org_peer on ehr_document (organization_id, peer_id, signed_at, id);
create index ehr_document_org_updated on ehr_document (organization_id, updated_at, id);
create index ehr_document_note on ehr_document (note_id);

-- The change feed: one row per change, tagged with the writing transaction's id. Readers only return rows whose
-- transaction is older than the oldest transaction still in flight, so a row committed late is never skipped.
create table ehr_change (
    seq             bigint generated always as identity primary key,
    tx_id           xid8          not null default pg_current_xact_id(),
    organization_id varchar(100)  not null,
    peer_id         uuid          not null,
    kind            varchar(30)   not null,
    document_id     uuid,
    client_id       varchar(255),
    consent_id      uuid,
    occurred_at     timestamptz   not null
);
create index ehr_change_org_tx on ehr_change (organization_id, tx_id, seq);
