package org.peerpath.content.topic;

/** What a topic's section holds. */
public enum SectionKind {
    /** Numbered strategies, each with titled points. */
    GUIDE,
    /** Role-play exercises: scenario, instructions, goal, debrief. */
    EXERCISES,
    /** Tools and organisations by category. */
    RESOURCES,
    /** Wellness practices and tips. */
    PRACTICES
}
