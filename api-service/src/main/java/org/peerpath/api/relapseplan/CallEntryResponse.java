package org.peerpath.api.relapseplan;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanCallEntryResolved", description = "Whom to call, in order, resolved against the network plan "
        + "when read.")
public record CallEntryResponse(
        @Schema(example = "1") int order,
        @Schema(example = "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6d") UUID networkMemberId,
        @Schema(nullable = true, maxLength = 500, example = "Call first, any time") String note,
        @Schema(description = "CURRENT: a crisis contact of the network plan now; NOT_A_CRISIS_CONTACT: no longer "
                + "one (review the plan); UNRESOLVED: network plans cannot be checked yet", example = "CURRENT")
        Resolution resolution,
        @Schema(nullable = true, maxLength = 200, example = "Marcus (sponsor)") String name,
        @Schema(nullable = true, maxLength = 200, example = "Sponsor") String relationship,
        @Schema(nullable = true, maxLength = 50, example = "+1 555 0100") String phone,
        @Schema(nullable = true, maxLength = 200, example = "Evenings") String availability) {

    public enum Resolution {
        CURRENT, NOT_A_CRISIS_CONTACT, UNRESOLVED
    }
}
