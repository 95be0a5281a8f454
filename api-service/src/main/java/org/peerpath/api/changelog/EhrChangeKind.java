package org.peerpath.api.changelog;

/** The kinds of change the EHR feed carries. */
public enum EhrChangeKind {
    /** A note was signed: a new document. */
    NOTE_SIGNED,
    /** A signed addendum was appended to a signed note: a new document that appends to the note. */
    NOTE_AMENDED,
    /** A document was withdrawn as entered in error: a tombstone, the EHR must remove it. */
    DOCUMENT_WITHDRAWN,
    /** A consent naming the client took effect: the peer's earlier documents can now be fetched (FHIR, export). */
    CONSENT_GRANTED,
    /** A consent naming the client was revoked: a tombstone, the EHR must stop using the peer's records. */
    CONSENT_REVOKED,
    /** The person's profile changed (name, identifiers, status): refetch the Patient. */
    PEER_UPDATED
}
