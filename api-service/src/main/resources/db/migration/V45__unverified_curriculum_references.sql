-- Curriculum references (technique:grounding, topic:...) a record holds that content-service could not be asked
-- about when the record was written; ReferenceReverifier checks them again until content-service answers.
create table unverified_curriculum_reference (
    id              uuid         primary key,
    organization_id varchar(100) not null,
    owner_type      varchar(40)  not null,
    owner_id        uuid         not null,
    ref             varchar(220) not null,
    recorded_at     timestamptz  not null,
    found_unknown_at timestamptz
);

create index unverified_curriculum_reference_owner
    on unverified_curriculum_reference (organization_id, owner_type, owner_id);
create index unverified_curriculum_reference_pending
    on unverified_curriculum_reference (recorded_at) where found_unknown_at is null;
