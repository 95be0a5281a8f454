-- A signed note withdrawn as entered in error (issue 15): it stays, marked with who withdrew it, when and why. The
-- withdrawal is set once and never changed or undone; the rest of a signed note stays frozen as before.

alter table session_note
    add column withdrawn_at          timestamptz,
    add column withdrawn_by_staff_id uuid references staff (id),
    add column withdrawer_name       varchar(255),
    add column withdrawal_reason     varchar(1000),
    add constraint session_note_withdrawal_complete check ((withdrawn_at is null) = (withdrawal_reason is null)
        and (withdrawn_at is null) = (withdrawer_name is null)),
    add constraint session_note_withdrawn_when_signed check (withdrawn_at is null or status = 'SIGNED');

create or replace function session_note_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'SIGNED' then
            raise exception 'a signed note cannot be deleted';
        end if;
        return old;
    end if;
    if old.status = 'SIGNED' and (new.sections is distinct from old.sections or new.format is distinct from old.format
            or new.status is distinct from old.status or new.content_hash is distinct from old.content_hash
            or new.signed_at is distinct from old.signed_at or new.signed_by_staff_id is distinct from old.signed_by_staff_id
            or (old.cosigned_at is not null and new.cosigned_at is distinct from old.cosigned_at)) then
        raise exception 'a signed note cannot be changed';
    end if;
    if old.withdrawn_at is not null and (new.withdrawn_at is distinct from old.withdrawn_at
            or new.withdrawn_by_staff_id is distinct from old.withdrawn_by_staff_id
            or new.withdrawer_name is distinct from old.withdrawer_name
            or new.withdrawal_reason is distinct from old.withdrawal_reason
            or new.cosigned_at is distinct from old.cosigned_at) then
        raise exception 'a withdrawn note cannot be changed';
    end if;
    return new;
end
$$;
