-- Coaching sessions, their notes (draft until signed, frozen after) and the signed addenda that follow.

create table session (
    id              uuid primary key,
    organization_id varchar(100)  not null,
    peer_id         uuid          not null references peer (id),
    coach_staff_id  uuid          not null references staff (id),
    started_at      timestamptz   not null,
    ended_at        timestamptz   not null,
    service_date    date          not null,
    minutes         integer       not null check (minutes > 0),
    billing_units   integer       not null check (billing_units >= 0),
    service_code    varchar(10)   not null,
    modality        varchar(20)   not null,
    setting         varchar(20),
    group_session   boolean       not null default false,
    stages          jsonb         not null default '[]',
    support_types   jsonb         not null default '[]',
    topics          jsonb         not null default '[]',
    techniques      jsonb         not null default '[]',
    goal_ids        jsonb         not null default '[]',
    risk_flags      jsonb         not null default '[]',
    next_steps      varchar(4000),
    created_by      varchar(255)  not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint session_ends_after_start check (ended_at > started_at)
);
create index session_org_peer on session (organization_id, peer_id, started_at, id);
create index session_org_peer_day on session (organization_id, peer_id, service_date);

create table session_note (
    id                   uuid primary key,
    organization_id      varchar(100) not null,
    session_id           uuid         not null unique references session (id),
    peer_id              uuid         not null references peer (id),
    format               varchar(10)  not null,
    sections             jsonb        not null,
    status               varchar(10)  not null,
    author_staff_id      uuid         not null references staff (id),
    signed_by_staff_id   uuid references staff (id),
    signer_name          varchar(255),
    signer_credentials   varchar(100),
    signed_at            timestamptz,
    content_hash         varchar(64),
    cosigned_by_staff_id uuid references staff (id),
    cosigner_name        varchar(255),
    cosigner_credentials varchar(100),
    cosigned_at          timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);

-- A signed note is frozen whatever the caller: only the co-signature may still be added, and it is never deleted.
create function session_note_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'SIGNED' then
            raise exception 'a signed note cannot be deleted';
        end if;
        return old;
    end if;
    if old.status = 'SIGNED' and (new.sections is distinct from old.sections or new.format is distinct from old.format
            or new.status is distinct from old.status or new.content_hash is distinct from old.content_hash
            or new.signed_at is distinct from old.signed_at or new.signed_by_staff_id is distinct from old.signed_by_staff_id
            or (old.cosigned_at is not null and new.cosigned_at is distinct from old.cosigned_at)) then
        raise exception 'a signed note cannot be changed';
    end if;
    return new;
end
$$;
create trigger session_note_no_change_after_signing before update or delete on session_note
    for each row execute function session_note_frozen();

create table note_addendum (
    id                 uuid primary key,
    organization_id    varchar(100)  not null,
    note_id            uuid          not null references session_note (id),
    session_id         uuid          not null references session (id),
    peer_id            uuid          not null references peer (id),
    sequence           integer       not null,
    reason             varchar(1000) not null,
    text               varchar(10000) not null,
    author_staff_id    uuid          not null references staff (id),
    signer_name        varchar(255)  not null,
    signer_credentials varchar(100),
    signed_at          timestamptz   not null,
    content_hash       varchar(64)   not null,
    constraint note_addendum_sequence unique (note_id, sequence)
);

create function note_addendum_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'addenda are append-only';
end
$$;
create trigger note_addendum_no_change before update or delete on note_addendum
    for each row execute function note_addendum_append_only();
