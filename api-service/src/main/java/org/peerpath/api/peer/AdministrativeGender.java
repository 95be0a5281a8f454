package org.peerpath.api.peer;

/**
 * A person's administrative gender as the agency records it (FHIR's AdministrativeGender, which US Core requires on
 * Patient). UNKNOWN until someone records it; never derived from pronouns.
 */
public enum AdministrativeGender {
    MALE, FEMALE, OTHER, UNKNOWN
}
