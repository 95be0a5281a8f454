-- What US Core needs about people that PeerPath did not keep (issue 15). Each value is recorded by a person, never
-- derived: administrative gender is 'unknown' until someone records it (pronouns say nothing about it); given and
-- family names are optional and never split from the preferred name; a staff member's NPI is optional (a local
-- identifier stands in); the agency's contact is how an EHR reaches the people behind a PractitionerRole.
alter table peer add column gender varchar(10) not null default 'UNKNOWN'
    check (gender in ('MALE', 'FEMALE', 'OTHER', 'UNKNOWN'));
alter table peer add column given_name varchar(100);
alter table peer add column family_name varchar(100);

alter table staff add column npi varchar(10) check (npi ~ '^[0-9]{10}$');

alter table agency_settings add column contact_phone varchar(30);
alter table agency_settings add column contact_email varchar(254);
