-- When the EHR side was told of a consent's changes. A consent is announced (CONSENT_GRANTED in the change feed, a
-- consent.granted webhook) when it takes effect, not when it is recorded, so a future-dated consent names nobody
-- before then; its expiry is announced like a revocation. A scheduled step announces what has come due.
alter table consent add column announced_at timestamptz;
alter table consent add column expiry_announced_at timestamptz;

-- Consents recorded so far were announced when they were recorded (consents that took effect later included).
update consent set announced_at = created_at;
-- Expiries already past are not announced now: the EHR has long stopped receiving those records.
update consent set expiry_announced_at = expires_at where expires_at is not null and expires_at <= now();

-- What the announcing step looks for: consents not yet announced, and announced ones whose expiry is not.
create index consent_to_announce on consent (effective_from) where announced_at is null and revoked_at is null;
create index consent_expiry_to_announce on consent (expires_at)
    where expiry_announced_at is null and expires_at is not null and revoked_at is null;
