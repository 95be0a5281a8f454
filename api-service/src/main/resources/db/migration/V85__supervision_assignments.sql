-- Whose work a supervisor supervises (issue 12): org-admins assign peer specialists to supervisors of their agency.
-- The co-signature worklist and the supervision features read it by supervisor and by coach.
create table supervision_assignment (
    id                  uuid primary key,
    organization_id     varchar(100) not null,
    supervisor_staff_id uuid         not null references staff (id),
    coach_staff_id      uuid         not null references staff (id),
    assigned_by         varchar(255) not null,
    assigned_at         timestamptz  not null,
    version             bigint       not null default 0,
    constraint supervision_assignment_once unique (supervisor_staff_id, coach_staff_id),
    constraint supervision_assignment_not_self check (supervisor_staff_id <> coach_staff_id)
);
create index supervision_assignment_by_supervisor on supervision_assignment (supervisor_staff_id, assigned_at, id);
create index supervision_assignment_by_coach on supervision_assignment (coach_staff_id, assigned_at, id);
create index supervision_assignment_by_organization on supervision_assignment (organization_id, assigned_at, id);
