package org.peerpath.api.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, LIST, SEARCH, CREATE, UPDATE, DELETE, CONCLUDE, ASSIGN, SIGN, COSIGN, ADDENDUM, REVOKE
}
