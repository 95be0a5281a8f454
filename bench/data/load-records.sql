-- The benchmark data set, set-based, into the records database after api-service's Flyway migrations ran.
-- Run by bench/run as the records role:  psql -v notes=<N> -f bench/data/load-records.sql
--
-- Shape (the same per caller whatever N, so that latencies compare across sizes):
--   every peer has 10 sessions, weekly, each with a signed DAP note and its EHR copy (what NoteService.sign and
--   EhrPublisher write: session_note SIGNED, ehr_document, an ehr_change NOTE_SIGNED row = the webhook outbox);
--   every coach has 25 peers (peer_assignment); an agency has up to 40 coaches, and there are at least 4 agencies;
--   every peer consents (TREATMENT, all scopes) to the agency's EHR client `bench-ehr` (consent + CONSENT_GRANTED);
--   audit events for each session's creation and each note's signing.
--   N = 1,000: 4 agencies x 1 coach x 25 peers x 10 notes.  N = 1,000,000: 100 agencies x 40 coaches x 25 x 10.
-- Ids are derived from the row numbers (md5), so bench/run can name the bench users' peers and sessions.
-- Content hashes are SHA-256 over the rendered note, not the signing code's canonical JSON: nothing re-verifies them.
\set ON_ERROR_STOP on
\set sessions_per_peer 10
\set peers_per_coach 25

begin;

create schema if not exists bench;
create table bench.dataset (notes bigint not null, agencies int not null, coaches int not null, peers int not null,
                            loaded_at timestamptz not null default now());

-- The plan: one row per coach, from which agency and identity follow.
create temporary table plan_coach on commit drop as
with sizes as (
    select ceil(:notes::numeric / :sessions_per_peer)::int as peers,
           ceil(ceil(:notes::numeric / :sessions_per_peer) / :peers_per_coach)::int as coaches
), per_agency as (
    select peers, coaches, least(40, greatest(1, coaches / 4)) as coaches_per_agency from sizes
)
select k as coach,
       (k - 1) / coaches_per_agency + 1 as agency,
       'bench-agency-' || lpad(((k - 1) / coaches_per_agency + 1)::text, 3, '0') as org,
       md5('bench-staff-coach-' || k)::uuid as staff_id,
       'bench-coach-' || k as subject
from per_agency, generate_series(1, coaches) as k;

create temporary table plan_agency on commit drop as
select distinct agency, org from plan_coach;

insert into bench.dataset (notes, agencies, coaches, peers)
select :notes, (select count(*) from plan_agency), (select count(*) from plan_coach),
       ceil(:notes::numeric / :sessions_per_peer)::int;

insert into agency_settings (organization_id, note_format, billing_rounding, daily_unit_cap, time_zone, updated_at)
select org, 'DAP', 'EIGHT_MINUTE_RULE', 16, 'America/New_York', now() from plan_agency;

insert into staff (id, organization_id, subject, display_name, credentials, roles, active, created_at, updated_at)
select staff_id, org, subject, 'Coach ' || coach, 'CPRS', '["peer-specialist"]'::jsonb, true,
       now() - interval '2 years', now() - interval '2 years'
from plan_coach
union all
select md5('bench-staff-supervisor-' || agency)::uuid, org, 'bench-supervisor-' || agency, 'Supervisor ' || agency,
       'CPRS', '["supervisor"]'::jsonb, true, now() - interval '2 years', now() - interval '2 years'
from plan_agency
union all
select md5('bench-staff-admin-' || agency)::uuid, org, 'bench-admin-' || agency, 'Admin ' || agency,
       null, '["org-admin"]'::jsonb, true, now() - interval '2 years', now() - interval '2 years'
from plan_agency;

insert into ehr_client (organization_id, client_id, recipient_organization, display_name, created_at)
select org, 'bench-ehr', 'Bench EHR ' || agency, 'Bench EHR', now() - interval '2 years' from plan_agency;

-- Peers: peer p belongs to coach (p - 1) / 25 + 1.
create temporary table plan_peer on commit drop as
select p as peer, md5('bench-peer-' || p)::uuid as peer_id, c.*
from generate_series(1, ceil(:notes::numeric / :sessions_per_peer)::int) as p
join plan_coach c on c.coach = (p - 1) / :peers_per_coach + 1;

insert into peer (id, organization_id, preferred_name, pronouns, date_of_birth, recovery_pathways, strengths, hopes,
                  concerns, status, external_mrn, created_by, created_at, updated_at, enrolled_on)
select peer_id, org, 'Peer ' || peer, (array['they/them', 'she/her', 'he/him'])[peer % 3 + 1],
       date '1970-01-01' + (peer * 37 % 15000), '["MUTUAL_AID"]', 'Shows up; honest about setbacks',
       'Steady work and housing', 'Evenings alone', 'ACTIVE', 'MRN-' || lpad(peer::text, 8, '0'), subject,
       now() - interval '400 days', now() - interval '400 days', (now() - interval '400 days')::date
from plan_peer;

insert into peer_assignment (id, organization_id, peer_id, staff_id, assigned_by, assigned_at)
select md5('bench-assignment-' || peer)::uuid, org, peer_id, staff_id, 'bench-supervisor-' || agency,
       now() - interval '400 days'
from plan_peer;

insert into consent (id, organization_id, peer_id, recipient_client_id, recipient_name, purpose, scopes,
                     effective_from, expires_at, created_by, created_at, updated_at)
select md5('bench-consent-' || peer)::uuid, org, peer_id, 'bench-ehr', 'Bench EHR', 'TREATMENT',
       '["NOTES", "ENCOUNTERS", "GOALS", "PLANS", "ASSESSMENTS"]', now() - interval '390 days',
       now() + interval '1 year', 'bench-admin-' || agency, now() - interval '390 days', now() - interval '390 days'
from plan_peer;

-- Sessions: session i is number (i - 1) % 10 of peer (i - 1) / 10 + 1, one a week, the last one a week ago.
create temporary table plan_session on commit drop as
select s.i, md5('bench-session-' || s.i)::uuid as session_id, md5('bench-note-' || s.i)::uuid as note_id,
       p.peer_id, p.staff_id, p.subject, p.coach, p.org, p.agency, s.started_at,
       s.started_at + interval '50 minutes' as ended_at,
       'Met at the library; talked through the week and what helped.' as data_text,
       'Engaged; named two triggers and one new support.' as assessment_text,
       'Attend Tuesday''s meeting; call the housing office; meet again next week.' as plan_text
from (select i, date_trunc('day', now()) - ((:sessions_per_peer - (i - 1) % :sessions_per_peer) * interval '7 days')
                 + interval '15 hours' as started_at
      from generate_series(1, :notes) as i) s
join plan_peer p on p.peer = (s.i - 1) / :sessions_per_peer + 1;

insert into session (id, organization_id, peer_id, coach_staff_id, started_at, ended_at, service_date, minutes,
                     billing_units, service_code, modality, setting, group_session, stages, support_types, topics,
                     techniques, goal_ids, risk_flags, next_steps, created_by, created_at, updated_at)
select session_id, org, peer_id, staff_id, started_at, ended_at, (started_at at time zone 'America/New_York')::date,
       50, 3, 'H0038', 'IN_PERSON', 'COMMUNITY', false, '["EXPLORING"]', '["EMOTIONAL"]', '["healthy-boundaries"]',
       '["oars"]', '[]', '[]', 'Call the housing office', subject, ended_at, ended_at
from plan_session;

insert into session_note (id, organization_id, session_id, peer_id, format, sections, status, author_staff_id,
                          signed_by_staff_id, signer_name, signer_credentials, signed_at, content_hash, created_at,
                          updated_at)
select note_id, org, session_id, peer_id, 'DAP',
       jsonb_build_object('data', data_text, 'assessment', assessment_text, 'plan', plan_text), 'SIGNED',
       staff_id, staff_id, 'Coach ' || coach, 'CPRS', ended_at + interval '30 minutes',
       encode(sha256(convert_to(note_id::text || data_text || assessment_text || plan_text, 'UTF8')), 'hex'),
       ended_at, ended_at + interval '30 minutes'
from plan_session;

-- The EHR copy, as NotePublication.render writes it: each section under its heading.
insert into ehr_document (id, organization_id, peer_id, kind, note_id, session_id, session_start, session_end,
                          modality, setting, service_code, billing_units, note_format, content, content_hash,
                          author_staff_id, author_name, author_credentials, signed_at, recorded_at, updated_at)
select note_id, org, peer_id, 'NOTE', note_id, session_id, started_at, ended_at, 'IN_PERSON', 'COMMUNITY', 'H0038',
       3, 'DAP', 'Data:' || chr(10) || data_text || chr(10) || chr(10) || 'Assessment:' || chr(10) || assessment_text
           || chr(10) || chr(10) || 'Plan:' || chr(10) || plan_text,
       encode(sha256(convert_to(note_id::text || data_text || assessment_text || plan_text, 'UTF8')), 'hex'),
       staff_id, 'Coach ' || coach, 'CPRS', ended_at + interval '30 minutes', ended_at + interval '30 minutes',
       ended_at + interval '30 minutes'
from plan_session;

-- The change feed (and webhook outbox) in the order the app would have written it.
insert into ehr_change (organization_id, peer_id, kind, document_id, client_id, consent_id, occurred_at)
select org, peer_id, kind, document_id, null, consent_id, occurred_at
from (select org, peer_id, 'CONSENT_GRANTED' as kind, null::uuid as document_id,
             md5('bench-consent-' || peer)::uuid as consent_id, now() - interval '390 days' as occurred_at
      from plan_peer
      union all
      select org, peer_id, 'NOTE_SIGNED', note_id, null, ended_at + interval '30 minutes'
      from plan_session) changes
order by occurred_at, document_id;

insert into audit_event (id, organization_id, occurred_at, actor_subject, actor_client, action, resource_type,
                         resource_id, peer_id, outcome, purpose)
select md5('bench-audit-create-' || i)::uuid, org, ended_at, subject, 'peerpath-web', 'CREATE', 'SESSION',
       session_id, peer_id, 'SUCCESS', 'TREATMENT'
from plan_session
union all
select md5('bench-audit-sign-' || i)::uuid, org, ended_at + interval '30 minutes', subject, 'peerpath-web', 'SIGN',
       'SESSION_NOTE', note_id, peer_id, 'SUCCESS', 'TREATMENT'
from plan_session;

commit;

analyze;
