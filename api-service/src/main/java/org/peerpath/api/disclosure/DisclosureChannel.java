package org.peerpath.api.disclosure;

/** The path by which records reached an EHR client. */
public enum DisclosureChannel {
    FHIR, CHANGE_FEED, BULK_EXPORT, WEBHOOK
}
