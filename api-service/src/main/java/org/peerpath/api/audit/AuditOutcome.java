package org.peerpath.api.audit;

/** Whether the attempt went through ({@code SUCCESS}) or was refused by the access rules ({@code DENIED}). */
public enum AuditOutcome {
    SUCCESS, DENIED
}
