package org.peerpath.api.peer;

/** The pathways a person follows; people often follow more than one. */
public enum RecoveryPathway {
    MUTUAL_AID, MEDICATION_SUPPORTED, FAITH_BASED, HARM_REDUCTION, CLINICAL_TREATMENT, NATURAL_RECOVERY,
    SECULAR, CULTURAL_OR_INDIGENOUS, FAMILY_OR_COMMUNITY, RECOVERY_COMMUNITY_CENTER, OTHER
}
