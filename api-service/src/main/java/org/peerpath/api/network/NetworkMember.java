package org.peerpath.api.network;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.session.SupportType;

/**
 * A member of a peer's support network, as saved and as read. The id is the member's for good: it stays the same in
 * every later version while the member is kept, and other records (the relapse-prevention plan's whom-to-call) refer
 * to it.
 */
@Schema(name = "NetworkMember", description = "A person, group, professional or organisation in the peer's support "
        + "network.")
public record NetworkMember(
        @Schema(nullable = true, description = "The member's id. Leave it out for a new member (one is assigned); send "
                + "it back unchanged to keep a member across versions.",
                example = "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6d") UUID id,
        @NotNull @Schema(required = true, example = "PERSON") MemberKind kind,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Sam R.") String name,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200, example = "Sponsor") String relationship,
        @Size(max = 4) @Schema(nullable = true, maxItems = 4, description = "The support this member gives",
                example = "[\"EMOTIONAL\", \"AFFILIATIONAL\"]") List<@NotNull SupportType> supportTypes,
        @Schema(nullable = true, example = "PHONE_CALL") ContactPreference contactPreference,
        @Size(max = 50) @Schema(nullable = true, maxLength = 50, example = "+1 555 0100") String phone,
        @Size(max = 254) @Schema(nullable = true, maxLength = 254, example = "sam@example.org") String email,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500, example = "Evenings and weekends")
        String availability,
        @Schema(description = "Whether the peer calls this member in a crisis", example = "true")
        boolean crisisContact,
        @Min(1) @Max(20) @Schema(nullable = true, minimum = "1", maximum = "20", description = "Calling order among the "
                + "crisis contacts, 1 first; required for a crisis contact, absent otherwise", example = "1")
        Integer crisisOrder,
        @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, example = "Met at the Tuesday meeting")
        String note) {

    NetworkMember withId(UUID memberId) {
        return new NetworkMember(memberId, kind, name.strip(), relationship, supportTypes == null ? List.of()
                : supportTypes.stream().distinct().toList(), contactPreference, phone, email, availability,
                crisisContact, crisisContact ? crisisOrder : null, note);
    }
}
