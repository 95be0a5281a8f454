-- Demo agency data for the local stack (deploy/local/run): staff matching the Keycloak realm's demo users, a few
-- peers with coaches, sessions with draft and signed notes. Loaded by Flyway as an extra location, only locally:
--   PEERPATH_DEMO_DATA_LOCATION=filesystem:<repo>/seeds/demo/records (DemoDataLoader)
-- Names are invented. Ids are fixed so that Swagger UI examples can name them.

insert into agency_settings (organization_id, note_format, billing_rounding, daily_unit_cap, time_zone, updated_at, version)
values ('demo-agency', 'DAP', 'EIGHT_MINUTE_RULE', 16, 'America/New_York', now(), 0)
on conflict do nothing;

insert into staff (id, organization_id, subject, display_name, credentials, roles, active, created_at, updated_at, version) values
 ('5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', 'demo-agency', '10000000-0000-4000-8000-000000000001', 'Casey Coach', 'CPRS', '["peer-specialist"]', true, now(), now(), 0),
 ('5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b02', 'demo-agency', '10000000-0000-4000-8000-000000000002', 'Jordan Coach', 'CPSS', '["peer-specialist"]', true, now(), now(), 0),
 ('5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b03', 'demo-agency', '10000000-0000-4000-8000-000000000003', 'Sam Supervisor', 'CPRS', '["supervisor"]', true, now(), now(), 0),
 ('5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b04', 'demo-agency', '10000000-0000-4000-8000-000000000004', 'Alex Admin', null, '["org-admin"]', true, now(), now(), 0),
 ('5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b11', 'river-agency', '20000000-0000-4000-8000-000000000001', 'Riley Coach', 'CPRS', '["peer-specialist"]', true, now(), now(), 0)
on conflict do nothing;

insert into peer (id, organization_id, preferred_name, pronouns, date_of_birth, recovery_pathways, strengths, hopes, concerns,
                  status, external_mrn, participant_subject, created_by, created_at, updated_at, version, enrolled_on) values
 ('0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 'demo-agency', 'Pat P.', 'they/them', '1990-03-14', '["MUTUAL_AID", "MEDICATION_SUPPORTED"]',
  'Reliable, good with people', 'Stable housing and a kitchen job', 'Weekends alone', 'ACTIVE', 'MRN-004512',
  '10000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', now() - interval '60 days', now() - interval '60 days', 0,
  least((now() - interval '60 days')::date, date '2026-11-16')),
 ('0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c02', 'demo-agency', 'Jamie R.', 'she/her', null, '["FAITH_BASED"]',
  'Keeps a journal', 'Reconnect with her sister', 'Money stress', 'ACTIVE', 'MRN-004513', null,
  '10000000-0000-4000-8000-000000000001', now() - interval '45 days', now() - interval '45 days', 0,
  least((now() - interval '45 days')::date, date '2026-11-19')),
 ('0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c03', 'demo-agency', 'Drew K.', 'he/him', null, '["HARM_REDUCTION"]',
  'Curious, asks good questions', 'Finish the GED', null, 'PAUSED', null, null,
  '10000000-0000-4000-8000-000000000002', now() - interval '30 days', now() - interval '30 days', 0, (now() - interval '30 days')::date),
 ('0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c11', 'river-agency', 'Morgan T.', null, null, '["MUTUAL_AID"]',
  null, null, null, 'ACTIVE', null, null,
  '20000000-0000-4000-8000-000000000001', now() - interval '20 days', now() - interval '20 days', 0, (now() - interval '20 days')::date)
on conflict do nothing;

insert into peer_assignment (id, organization_id, peer_id, staff_id, assigned_by, assigned_at) values
 ('6a000000-0000-4000-8000-000000000001', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', '10000000-0000-4000-8000-000000000003', now() - interval '60 days'),
 ('6a000000-0000-4000-8000-000000000002', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c02', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', '10000000-0000-4000-8000-000000000003', now() - interval '45 days'),
 ('6a000000-0000-4000-8000-000000000003', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c02', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b02', '10000000-0000-4000-8000-000000000003', now() - interval '40 days'),
 ('6a000000-0000-4000-8000-000000000004', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c03', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b02', '10000000-0000-4000-8000-000000000003', now() - interval '30 days'),
 ('6a000000-0000-4000-8000-000000000011', 'river-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c11', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b11', '20000000-0000-4000-8000-000000000002', now() - interval '20 days')
on conflict do nothing;

insert into session (id, organization_id, peer_id, coach_staff_id, started_at, ended_at, service_date, minutes, billing_units,
                     service_code, modality, setting, group_session, stages, support_types, topics, techniques, goal_ids,
                     risk_flags, next_steps, created_by, created_at, updated_at, version) values
 ('7c9e6679-7425-40de-944b-e07fc1f90a01', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01',
  '2026-11-16T15:00:00Z', '2026-11-16T15:50:00Z', '2026-11-16', 50, 3, 'H0038', 'IN_PERSON', 'COMMUNITY', false,
  '["CONNECTING", "EXPLORING"]', '["EMOTIONAL", "INFORMATIONAL"]', '["healthy-boundaries"]', '["oars", "reflective-listening"]', '[]',
  '[]', 'Attend Tuesday''s mutual-aid meeting', '10000000-0000-4000-8000-000000000001', now(), now(), 0),
 ('7c9e6679-7425-40de-944b-e07fc1f90a02', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01',
  '2026-11-20T14:00:00Z', '2026-11-20T14:23:00Z', '2026-11-20', 23, 2, 'H0038', 'PHONE', 'REMOTE', false,
  '["SUPPORTING"]', '["EMOTIONAL"]', '["recurrence-and-resilience"]', '["box-breathing"]', '[]',
  '[{"type": "RECURRENCE_OF_USE", "referral": "Clinic walk-in counsellor", "note": "Used once at the weekend; safe now"}]',
  'Call back Friday', '10000000-0000-4000-8000-000000000001', now(), now(), 0),
 ('7c9e6679-7425-40de-944b-e07fc1f90a03', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c02', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b02',
  '2026-11-19T16:00:00Z', '2026-11-19T17:00:00Z', '2026-11-19', 60, 4, 'H0038', 'VIDEO', null, false,
  '["PLANNING"]', '["INSTRUMENTAL"]', '["goal-setting"]', '["smart-goals"]', '[]', '[]', null,
  '10000000-0000-4000-8000-000000000002', now(), now(), 0)
on conflict do nothing;

insert into session_note (id, organization_id, session_id, peer_id, format, sections, status, author_staff_id, signed_by_staff_id,
                          signer_name, signer_credentials, signed_at, content_hash, created_at, updated_at, version) values
 ('8d000000-0000-4000-8000-000000000001', 'demo-agency', '7c9e6679-7425-40de-944b-e07fc1f90a01', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01',
  'DAP', '{"data": "Met at the library. Used OARS to explore the week.", "assessment": "Engaged; named two triggers.", "plan": "Attend Tuesday''s meeting; meet again Friday."}',
  'SIGNED', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', 'Casey Coach', 'CPRS',
  '2026-11-16T16:05:00Z', 'a3c1f0b7f1d2e4c59a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f', now(), now(), 0),
 ('8d000000-0000-4000-8000-000000000002', 'demo-agency', '7c9e6679-7425-40de-944b-e07fc1f90a02', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01',
  'DAP', '{"data": "Phone check-in after a recurrence of use.", "assessment": null, "plan": null}',
  'DRAFT', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01', null, null, null, null, null, now(), now(), 0),
 ('8d000000-0000-4000-8000-000000000003', 'demo-agency', '7c9e6679-7425-40de-944b-e07fc1f90a03', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c02',
  'GIRP', '{"goal": "Reconnect with her sister", "intervention": null, "response": null, "plan": null}',
  'DRAFT', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b02', null, null, null, null, null, now(), now(), 0)
on conflict do nothing;
