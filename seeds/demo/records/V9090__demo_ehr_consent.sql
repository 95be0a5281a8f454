-- The demo EHR client's consent (issue 5) for the local stack, on top of V9000__demo_agency.sql: Pat P. consents to
-- the demo agency disclosing their record to the demo EHR (Keycloak client `peerpath-ehr-demo`, see
-- deploy/local/README.md) for treatment, so that the client sees data: over FHIR, Pat's Patient, Goals, CareTeam
-- (network plan), QuestionnaireResponses and Observations (BARC-10) and CarePlan (relapse-prevention plan).
-- The other demo peers have no consent: they stay invisible to the client, as the consent rules demand.
-- Loaded with the other demo seeds (PEERPATH_DEMO_DATA_LOCATION=filesystem:<repo>/seeds/demo/records, DemoDataLoader).
-- Numbered after every earlier demo file so that a database that already has them applies it in order.

insert into consent (id, organization_id, peer_id, recipient_client_id, recipient_organization, recipient_name, purpose,
                     scopes, effective_from, expires_at, created_by, created_at, updated_at, version) values
 ('c0500000-0000-4000-8000-000000000001', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 'peerpath-ehr-demo',
  null, 'Demo agency EHR', 'TREATMENT', '["NOTES", "ENCOUNTERS", "GOALS", "PLANS", "ASSESSMENTS"]',
  now() - interval '55 days', now() + interval '1 year', '10000000-0000-4000-8000-000000000004',
  now() - interval '55 days', now() - interval '55 days', 0)
on conflict do nothing;
