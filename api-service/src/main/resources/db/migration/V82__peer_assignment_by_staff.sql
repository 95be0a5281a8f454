-- A coach's caseload looks up assignments by staff id alone (exists ... where a.peer_id = p.id and a.staff_id = :me).
-- peer_assignment_staff leads with organization_id, so that lookup read the whole index: a cost that grew with every
-- agency's assignments (issue 8, bench/run). This index answers it from the coach's own entries.
create index peer_assignment_staff_peer on peer_assignment (staff_id, peer_id);
