package org.peerpath.api.session;

import java.time.Instant;
import java.util.UUID;

/**
 * What the note-signing code hands to {@link EhrPublisher} when a note or addendum is signed: the frozen text and
 * the facts about its session an EHR needs. For an addendum, {@code id} is the addendum's id and {@code noteId} the
 * note it appends to; for a note both are the note's id.
 *
 * @param content     the signed text as the reader sees it (sections with headings), frozen
 * @param contentHash the hash recorded at signing (hex SHA-256), or null to compute it from {@code content}
 * @param modality    IN_PERSON, PHONE, VIDEO or TEXT
 * @param serviceCode the HCPCS code billed, H0038 for peer support
 */
public record SignedDocument(UUID id, String organization, UUID peerId, EhrDocument.Kind kind, UUID noteId,
        UUID sessionId, Instant sessionStart, Instant sessionEnd, String modality, String setting,
        String serviceCode, Integer billingUnits, String noteFormat, String content, String contentHash,
        UUID authorStaffId, String authorName, String authorCredentials, Instant signedAt, String cosignerName,
        Instant cosignedAt, String addendumReason) {
}
