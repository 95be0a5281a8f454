-- Demo goals and a network plan (issue 4) for the local stack, applied after V9000 like it (see its header).
-- Names are invented. Ids are fixed so that Swagger UI examples can name them; the network plan's crisis contact
-- (member 3c9a7e1f-...-5c6d) is the one a relapse-prevention plan can name in whomToCall.

insert into goal (id, organization_id, peer_id, domain, statement, measure, achievable, relevant, target_date, status,
                  progress, milestones, techniques, topics, created_by, created_at, updated_at, version) values
 ('9a000000-0000-4000-8000-000000000001', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 'HOUSING',
  'Move into my own apartment', 'Signed lease', 'Saving $200 a month', 'A stable home keeps my recovery steady',
  '2027-03-01', 'ACTIVE', 40,
  '[{"title": "Call two listings", "dueDate": "2026-12-01", "done": true}, {"title": "Save the deposit", "dueDate": "2027-02-01", "done": false}]',
  '["smart-goals"]', '["goal-setting"]', '10000000-0000-4000-8000-000000000001', now() - interval '50 days',
  now() - interval '5 days', 0),
 ('9a000000-0000-4000-8000-000000000002', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 'EMPLOYMENT',
  'Get a kitchen job', 'An offer letter', 'Two applications a week', 'Work gives my week a shape', '2027-01-15',
  'PROPOSED', 0, '[]', '[]', '[]', '10000000-0000-4000-8000-000000000001', now() - interval '10 days',
  now() - interval '10 days', 0)
on conflict do nothing;

insert into goal_check_in (id, organization_id, goal_id, peer_id, checked_on, progress, note, recorded_by, recorded_at)
values ('9b000000-0000-4000-8000-000000000001', 'demo-agency', '9a000000-0000-4000-8000-000000000001',
        '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', '2026-11-18', 40, 'Viewed one apartment',
        '10000000-0000-4000-8000-000000000001', now() - interval '5 days')
on conflict do nothing;

insert into network_plan (id, organization_id, peer_id, current_version, created_by, created_at, updated_at, version)
values ('5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c01', 'demo-agency', '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 1,
        '10000000-0000-4000-8000-000000000001', now() - interval '40 days', now() - interval '40 days', 0)
on conflict do nothing;

insert into network_plan_version (id, organization_id, plan_id, peer_id, number, members, check_in_cadence, review_date,
                                  change_note, written_by, written_by_staff, written_by_name, written_at)
values ('5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3d01', 'demo-agency', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c01',
        '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01', 1,
        '{"members": [
          {"id": "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6d", "kind": "PERSON", "name": "Sam R.", "relationship": "Sponsor",
           "supportTypes": ["EMOTIONAL", "AFFILIATIONAL"], "contactPreference": "PHONE_CALL", "phone": "+1 555 0100",
           "email": null, "availability": "Any time", "crisisContact": true, "crisisOrder": 1, "note": null},
          {"id": "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6e", "kind": "PERSON", "name": "Aunt Rosa", "relationship": "Aunt",
           "supportTypes": ["INSTRUMENTAL", "EMOTIONAL"], "contactPreference": "TEXT_MESSAGE", "phone": "+1 555 0101",
           "email": null, "availability": "Evenings", "crisisContact": true, "crisisOrder": 2, "note": null},
          {"id": "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6f", "kind": "GROUP", "name": "Tuesday mutual-aid meeting",
           "relationship": null, "supportTypes": ["AFFILIATIONAL", "INFORMATIONAL"], "contactPreference": "IN_PERSON",
           "phone": null, "email": null, "availability": "Tuesdays 7 pm", "crisisContact": false, "crisisOrder": null,
           "note": "Library basement"},
          {"id": "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c70", "kind": "ORGANISATION", "name": "Riverside Housing Office",
           "relationship": null, "supportTypes": ["INFORMATIONAL", "INSTRUMENTAL"], "contactPreference": "EMAIL",
           "phone": null, "email": "housing@example.org", "availability": "Weekdays", "crisisContact": false,
           "crisisOrder": null, "note": null}
        ]}',
        'MONTHLY', '2027-02-01', null, '10000000-0000-4000-8000-000000000001', '5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01',
        'Casey Coach', now() - interval '40 days')
on conflict do nothing;
