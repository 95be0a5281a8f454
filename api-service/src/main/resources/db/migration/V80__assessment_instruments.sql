-- Recovery-capital assessments (issue 6). Instruments are versioned data, not schema: a new instrument or a new
-- version of one is a row here, so adding one never needs a migration of the tables below.

create table assessment_instrument (
    id             uuid primary key,
    code           varchar(50)   not null,
    version        varchar(20)   not null,
    title          varchar(200)  not null,
    description    varchar(2000) not null,
    citation       varchar(2000) not null,
    terms          varchar(2000) not null,
    canonical_url  varchar(500)  not null,
    -- [{"linkId": "1", "text": "..."}], in the order they are asked
    items          jsonb         not null,
    scale_min      integer       not null,
    scale_max      integer       not null,
    -- [{"value": 1, "label": "Strongly disagree"}]; display text, an agency may override it
    scale_labels   jsonb         not null,
    scoring        varchar(20)   not null check (scoring in ('SUM')),
    total_min      integer       not null,
    total_max      integer       not null,
    -- a total at or above the cut-off is flagged; null when the instrument has none
    cutoff         integer,
    cutoff_meaning varchar(500),
    status         varchar(20)   not null check (status in ('ACTIVE', 'RETIRED')),
    created_at     timestamptz   not null,
    constraint assessment_instrument_code_version unique (code, version),
    constraint assessment_instrument_scale check (scale_min < scale_max),
    constraint assessment_instrument_total check (total_min <= total_max)
);

-- Per agency: whether the instrument may be used, and its own display labels for the answer scale.
create table agency_instrument_setting (
    id              uuid primary key,
    organization_id varchar(100) not null,
    instrument_id   uuid         not null references assessment_instrument (id),
    enabled         boolean      not null,
    scale_labels    jsonb,
    updated_by      varchar(255) not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint agency_instrument_setting_unique unique (organization_id, instrument_id)
);

create table assessment (
    id                  uuid primary key,
    organization_id     varchar(100) not null,
    peer_id             uuid         not null references peer (id),
    instrument_id       uuid         not null references assessment_instrument (id),
    administered_at     timestamptz  not null,
    mode                varchar(30)  not null check (mode in ('COACH_ADMINISTERED', 'SELF_REPORTED')),
    -- [{"linkId": "1", "value": 5, "notAnsweredReason": null}], one per item of the instrument
    answers             jsonb        not null,
    missing_items       jsonb        not null default '[]',
    complete            boolean      not null,
    total_score         integer,
    meets_cutoff        boolean,
    note                varchar(2000),
    recorded_by         varchar(255) not null,
    recorded_by_staff   uuid         references staff (id),
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    -- an incomplete assessment never has a total
    constraint assessment_total_only_when_complete check (complete = (total_score is not null))
);
create index assessment_org_peer_time on assessment (organization_id, peer_id, administered_at, id);
create index assessment_org_instrument_time on assessment (organization_id, instrument_id, administered_at);

insert into assessment_instrument (id, code, version, title, description, citation, terms, canonical_url, items,
        scale_min, scale_max, scale_labels, scoring, total_min, total_max, cutoff, cutoff_meaning, status, created_at)
values ('b10c0000-0000-4000-8000-000000000001', 'BARC-10', '1',
        'Brief Assessment of Recovery Capital (BARC-10)',
        'Ten statements about the personal, social and community resources a person can draw on in recovery, each '
            || 'answered on a 6-point agreement scale. Self-report, or read aloud by a coach. Higher totals mean '
            || 'more recovery capital. Shortened from the 50-item Assessment of Recovery Capital (ARC).',
        'Vilsaint C.L., Kelly J.F., Bergman B.G., Groshkova T., Best D., White W. (2017). Development and '
            || 'validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol and drug use disorder. '
            || 'Drug and Alcohol Dependence 177, 71–76.',
        'The PhenX Toolkit lists the BARC-10 as freely available; permission not required for use. Some publishers '
            || 'show a CC BY-NC-ND licence. The wording is kept unchanged and this citation travels with the '
            || 'instrument; an agency may switch the instrument off.',
        'https://peerpath.dev/fhir/Questionnaire/barc-10',
        '[{"linkId": "1", "text": "There are more important things to me in life than using substances."},
          {"linkId": "2", "text": "In general I am happy with my life."},
          {"linkId": "3", "text": "I have enough energy to complete the tasks I set myself."},
          {"linkId": "4", "text": "I am proud of the community I live in and feel part of it."},
          {"linkId": "5", "text": "I get lots of support from friends."},
          {"linkId": "6", "text": "I regard my life as challenging and fulfilling without the need for using drugs or alcohol."},
          {"linkId": "7", "text": "My living space has helped to drive my recovery journey."},
          {"linkId": "8", "text": "I take full responsibility for my actions."},
          {"linkId": "9", "text": "I am happy dealing with a range of professional people."},
          {"linkId": "10", "text": "I am making good progress on my recovery journey."}]',
        1, 6,
        '[{"value": 1, "label": "Strongly disagree"}, {"value": 2, "label": "Disagree"},
          {"value": 3, "label": "Somewhat disagree"}, {"value": 4, "label": "Somewhat agree"},
          {"value": 5, "label": "Agree"}, {"value": 6, "label": "Strongly agree"}]',
        'SUM', 10, 60, 47,
        'A total of 47 or more was the published cut-off that predicted sustained remission (more than 12 months).',
        'ACTIVE', '2026-11-23T00:00:00Z');
