package org.peerpath.api.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;

/**
 * The HL7 DS4P security labels every resource about a peer carries: restricted confidentiality, substance-use
 * sensitivity, the 42 CFR Part 2 policy and the refrain from redisclosure without consent.
 */
public final class SecurityLabels {

    public static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /**
     * The notice of 42 CFR 2.32(a)(1) that must accompany each disclosure made with the person's consent.
     */
    public static final String PART2_NOTICE = "This record which has been disclosed to you is protected by Federal "
            + "confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, "
            + "or testimony that describes the information contained in this record, in any civil, criminal, "
            + "administrative, or legislative proceedings by any Federal, State, or local authority, against the "
            + "patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or "
            + "as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules "
            + "prohibit you from making any other use or disclosure of this record unless at least one of the "
            + "following applies: (i) Further use or disclosure is expressly permitted by the written consent of the "
            + "individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR "
            + "part 2. (ii) You are a covered entity or business associate and have received the record for "
            + "treatment, payment, or health care operations, or (iii) You have received the record from a covered "
            + "entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general "
            + "authorization for the release of medical or other information is not sufficient to meet the required "
            + "elements of written consent to further use or disclose the record (see 42 CFR 2.31).";

    private SecurityLabels() {
    }

    public static List<Coding> part2() {
        return List.of(
                new Coding(CONFIDENTIALITY, "R", "restricted"),
                new Coding(ACT_CODE, "SUD", "substance use disorder information sensitivity"),
                new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"),
                new Coding(ACT_CODE, "NORDSCLCD", "no redisclosure without consent directive"));
    }

    public static Meta label(Meta meta) {
        part2().forEach(meta::addSecurity);
        return meta;
    }
}
