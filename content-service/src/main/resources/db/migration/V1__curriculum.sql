-- The curriculum as entries (topics, sections, items, stages, techniques, ...) with their revision history.
-- Readers see only the published revision, copied onto the entry with its search vector; editors work on revisions.
create extension if not exists pg_trgm;

create table entry (
    id                 uuid primary key,
    kind               varchar(30)  not null,
    entry_key          varchar(300) not null,
    locale             varchar(10)  not null,
    topic_slug         varchar(100),
    parent_key         varchar(300),
    position           integer      not null,
    published_revision integer,
    latest_revision    integer      not null,
    title              varchar(500) not null,
    document           jsonb,
    search_text        text         not null default '',
    search_vector      tsvector generated always as (
                           setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                           || setweight(to_tsvector('english'::regconfig, coalesce(search_text, '')), 'C')
                       ) stored,
    updated_at         timestamptz  not null,
    version            bigint       not null,
    constraint entry_identity unique (kind, entry_key, locale)
);

create index entry_search on entry using gin (search_vector);
create index entry_title_trigram on entry using gin (title gin_trgm_ops);
create index entry_listing on entry (kind, locale, topic_slug, position) where published_revision is not null;

create table entry_revision (
    entry_id     uuid         not null references entry (id),
    revision     integer      not null,
    status       varchar(20)  not null,
    title        varchar(500) not null,
    document     jsonb        not null,
    author       varchar(255) not null,
    created_at   timestamptz  not null,
    published_at timestamptz,
    primary key (entry_id, revision)
);

-- One row: bumped by every publish, so caches and ETags keyed by it can never serve what was replaced.
create table catalog_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into catalog_version (id, version) values (1, 1);
