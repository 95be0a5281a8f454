package org.peerpath.api.session;

import java.util.List;

/** The note formats agencies use, each a fixed list of sections (names of {@link NoteSections} fields). */
public enum NoteFormat {
    DAP(List.of("data", "assessment", "plan")),
    GIRP(List.of("goal", "intervention", "response", "plan")),
    BIRP(List.of("behavior", "intervention", "response", "plan")),
    SOAP(List.of("subjective", "objective", "assessment", "plan"));

    private final List<String> sections;

    NoteFormat(List<String> sections) {
        this.sections = sections;
    }

    public List<String> sections() {
        return sections;
    }
}
