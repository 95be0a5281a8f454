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

-- Beside session_note_frozen (which guards the signed content): once withdrawn, the withdrawal and the co-signature stay.
create function session_note_withdrawal_final() returns trigger language plpgsql as $$
begin
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
create trigger session_note_no_change_after_withdrawal before update on session_note
    for each row execute function session_note_withdrawal_final();
