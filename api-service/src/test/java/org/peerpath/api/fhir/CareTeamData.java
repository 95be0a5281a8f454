package org.peerpath.api.fhir;

import java.util.List;
import java.util.Map;

/** Network-plan members for the CareTeam tests. */
final class CareTeamData {

    private CareTeamData() {
    }

    /** A person (first crisis contact), a group, a professional (second crisis contact) and an organisation. */
    static List<Map<String, Object>> everyKindOfMember() {
        return List.of(
                Map.of("kind", "GROUP", "name", "Tuesday SMART meeting", "supportTypes",
                        List.of("AFFILIATIONAL", "INFORMATIONAL"), "crisisContact", false),
                Map.of("kind", "PROFESSIONAL", "name", "Dr. Lee", "relationship", "Prescriber",
                        "email", "lee@clinic.example.org", "contactPreference", "EMAIL", "crisisContact", true,
                        "crisisOrder", 2),
                Map.of("kind", "PERSON", "name", "Sam R.", "relationship", "Sponsor",
                        "supportTypes", List.of("EMOTIONAL"), "contactPreference", "TEXT_MESSAGE",
                        "phone", "+1 555 0100", "availability", "Any time", "crisisContact", true, "crisisOrder", 1),
                Map.of("kind", "ORGANISATION", "name", "Eastside Recovery Community Center",
                        "phone", "+1 555 0199", "crisisContact", false));
    }
}
