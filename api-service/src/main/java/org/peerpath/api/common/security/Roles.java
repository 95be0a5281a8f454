package org.peerpath.api.common.security;

/** The roles of DESIGN.md section 5, as the token's {@code groups} claim names them. */
public final class Roles {

    public static final String PEER_SPECIALIST = "peer-specialist";
    public static final String SUPERVISOR = "supervisor";
    public static final String ORG_ADMIN = "org-admin";
    public static final String EHR_CLIENT = "ehr-client";
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}
