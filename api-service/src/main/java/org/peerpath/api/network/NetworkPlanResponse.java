package org.peerpath.api.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkPlan", description = "One version of a peer's network plan.")
public record NetworkPlanResponse(
        @Schema(example = "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d") UUID planId,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(description = "This version's number, from 1", example = "2") int versionNumber,
        @Schema(description = "The current version's number", example = "2") int currentVersion,
        @Schema(maxItems = 50, description = "Members, crisis contacts first in calling order")
        List<NetworkMember> members,
        @Schema(nullable = true, example = "MONTHLY") CheckInCadence checkInCadence,
        @Schema(nullable = true, example = "2027-02-01") LocalDate reviewDate,
        @Schema(description = "Whether the review date has come", example = "false") boolean reviewDue,
        @Schema(nullable = true, maxLength = 1000, example = "Added Sam") String changeNote,
        @Schema(maxLength = 255, example = "Dana K.") String writtenByName,
        @Schema(example = "2026-11-20T15:00:00Z") Instant writtenAt) {
}
