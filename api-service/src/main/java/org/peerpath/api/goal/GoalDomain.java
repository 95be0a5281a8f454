package org.peerpath.api.goal;

/** The life area a goal is about. */
public enum GoalDomain {
    RECOVERY, WELLNESS, FINANCIAL, EMPLOYMENT, RELATIONSHIPS, HOUSING, EDUCATION, SELF_CARE, LEGAL, COMMUNITY, OTHER
}
