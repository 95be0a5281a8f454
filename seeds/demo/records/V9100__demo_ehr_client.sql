-- The demo EHR client (Keycloak client `peerpath-ehr-demo`) registered as the demo agency's EHR client, so that the
-- demo org-admin can point a webhook endpoint at it (an endpoint may name only the agency's own EHR clients; the
-- fault check `deploy/checks/faults` registers one). Its consent is in V9090__demo_ehr_consent.sql.

insert into ehr_client (organization_id, client_id, recipient_organization, display_name, created_at) values
 ('demo-agency', 'peerpath-ehr-demo', 'Demo agency EHR', 'Demo agency EHR', now() - interval '55 days')
on conflict do nothing;
