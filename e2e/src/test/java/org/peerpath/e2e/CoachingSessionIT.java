package org.peerpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpath.client.content.api.SearchApi;
import org.peerpath.client.content.api.TopicsApi;
import org.peerpath.client.content.model.EntryKind;
import org.peerpath.client.content.model.PageSearchResult;
import org.peerpath.client.content.model.SearchResult;
import org.peerpath.client.content.model.TopicSummary;
import org.peerpath.client.records.ApiClient;
import org.peerpath.client.records.ApiException;
import org.peerpath.client.records.api.PeersApi;
import org.peerpath.client.records.api.SessionNotesApi;
import org.peerpath.client.records.api.SessionsApi;
import org.peerpath.client.records.api.StaffApi;
import org.peerpath.client.records.model.CreatePeer;
import org.peerpath.client.records.model.CreateSession;
import org.peerpath.client.records.model.FieldError;
import org.peerpath.client.records.model.Modality;
import org.peerpath.client.records.model.NoteSections;
import org.peerpath.client.records.model.NoteStatus;
import org.peerpath.client.records.model.Peer;
import org.peerpath.client.records.model.PeerStatus;
import org.peerpath.client.records.model.Problem;
import org.peerpath.client.records.model.ProcessStage;
import org.peerpath.client.records.model.RecoveryPathway;
import org.peerpath.client.records.model.Session;
import org.peerpath.client.records.model.SessionNote;
import org.peerpath.client.records.model.SessionSetting;
import org.peerpath.client.records.model.StaffMember;
import org.peerpath.client.records.model.SupportType;
import org.peerpath.common.testing.TestTokens;

/**
 * A coach's day through the generated Java clients against the packaged services: find curriculum in content-service,
 * then record a session about it in api-service, which checks those references with content-service, and sign the
 * note. No request here is written by hand: every call is a generated client's.
 */
@ExtendWith(PackagedStack.class)
class CoachingSessionIT {

    private static final OffsetDateTime STARTED_AT = OffsetDateTime.parse("2026-11-20T15:00:00Z");
    private static final String COACH_NAME = "Casey Coach";

    @Test
    void aCoachRecordsAndSignsASessionAboutCurriculumFoundInContentService(RunningStack stack) throws Exception {
        String coachSubject = "e2e-coach-" + UUID.randomUUID();
        String coachToken = TestTokens.user(coachSubject, "peer-specialist")
                .claim("name", COACH_NAME).claim("credentials", "CPRS").sign();

        var curriculum = stack.contentClient(coachToken);
        List<TopicSummary> topics = new TopicsApi(curriculum).listTopics(null, 20, null, null).getItems();
        assertThat(topics).hasSize(8);
        TopicSummary boundaries = topics.getFirst();
        assertThat(boundaries.getSlug()).isEqualTo("healthy-boundaries");
        assertThat(boundaries.getNumber()).isEqualTo(1);
        assertThat(boundaries.getTitle()).containsIgnoringCase("boundaries");

        PageSearchResult found = new SearchApi(curriculum)
                .search("reflective listening", null, EntryKind.TECHNIQUE.getValue(), 10, null, null, null, null, null, null);
        assertThat(found.getItems()).isNotEmpty().allSatisfy(hit -> assertThat(hit.getKind()).isEqualTo(EntryKind.TECHNIQUE));
        SearchResult listening = found.getItems().stream()
                .filter(hit -> "reflective-listening".equals(hit.getSlug())).findFirst().orElseThrow();
        assertThat(listening.getRef()).isEqualTo("technique:reflective-listening");

        ApiClient records = stack.apiClient(coachToken);
        Peer peer = new PeersApi(records).createPeer(new CreatePeer().preferredName("Jamie R.").pronouns("they/them")
                .recoveryPathways(List.of(RecoveryPathway.MUTUAL_AID))
                .enrolledOn(STARTED_AT.toLocalDate().minusDays(30)), UUID.randomUUID().toString());
        assertThat(peer.getStatus()).isEqualTo(PeerStatus.ACTIVE);
        assertThat(peer.getPreferredName()).isEqualTo("Jamie R.");
        assertThat(peer.getCoaches()).singleElement().satisfies(coach -> {
            assertThat(coach.getDisplayName()).isEqualTo(COACH_NAME);
            assertThat(coach.getCredentials()).isEqualTo("CPRS");
        });
        UUID coachStaffId = peer.getCoaches().getFirst().getStaffId();

        // The coach's staff record was made from the token on first use; an org-admin sees it in the staff directory.
        String adminToken = TestTokens.user("e2e-admin-" + UUID.randomUUID(), "org-admin").sign();
        StaffMember coach = new StaffApi(stack.apiClient(adminToken)).getStaffMember(coachStaffId);
        assertThat(coach.getSubject()).isEqualTo(coachSubject);
        assertThat(coach.getRoles()).containsExactly("peer-specialist");
        assertThat(coach.getActive()).isTrue();

        SessionsApi sessions = new SessionsApi(records);
        ApiException unknownTechnique = catchThrowableOfType(ApiException.class, () -> sessions.createSession(
                peer.getId(), session(boundaries.getSlug(), "no-such-technique"), null));
        assertThat(unknownTechnique.getCode()).isEqualTo(422);
        Problem problem = records.getObjectMapper().readValue(unknownTechnique.getResponseBody(), Problem.class);
        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("techniques[0]");

        Session recorded = sessions.createSession(peer.getId(), session(boundaries.getSlug(), listening.getSlug()), null);
        assertThat(recorded.getPeerId()).isEqualTo(peer.getId());
        assertThat(recorded.getCoachId()).isEqualTo(coachStaffId);
        assertThat(recorded.getMinutes()).isEqualTo(50);
        assertThat(recorded.getBillingUnits()).isEqualTo(3);
        assertThat(recorded.getServiceCode()).isEqualTo("H0038");
        assertThat(recorded.getTopics()).containsExactly("healthy-boundaries");
        assertThat(recorded.getTechniques()).containsExactly("reflective-listening");
        // content-service answered for both references: none is left waiting for a later check
        assertThat(recorded.getUnverifiedReferences()).isEmpty();
        assertThat(recorded.getNoteStatus()).isEqualTo(NoteStatus.DRAFT);

        SessionNotesApi notes = new SessionNotesApi(records);
        SessionNote signed = notes.signSessionNote(recorded.getId(), null);
        assertThat(signed.getStatus()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.getSignerName()).isEqualTo(COACH_NAME);
        assertThat(signed.getSignerCredentials()).isEqualTo("CPRS");
        assertThat(signed.getSignedAt()).isNotNull();
        assertThat(signed.getContentHash()).matches("[0-9a-f]{64}");

        Session readBack = sessions.getSession(recorded.getId());
        assertThat(readBack.getNoteStatus()).isEqualTo(NoteStatus.SIGNED);
        assertThat(readBack.getStartedAt()).isEqualTo(STARTED_AT);
        assertThat(readBack.getSetting()).isEqualTo(SessionSetting.COMMUNITY);
        assertThat(readBack.getTechniques()).containsExactly("reflective-listening");
        SessionNote note = notes.getSessionNote(recorded.getId());
        assertThat(note.getSessionId()).isEqualTo(recorded.getId());
        assertThat(note.getStatus()).isEqualTo(NoteStatus.SIGNED);
        assertThat(note.getContentHash()).isEqualTo(signed.getContentHash());
        assertThat(note.getSections().getData()).isEqualTo("Met at the library; talked about saying no to a cousin.");
        assertThat(note.getSections().getPlan()).isEqualTo("Role-play that conversation on Friday.");
    }

    private static CreateSession session(String topic, String technique) {
        return new CreateSession()
                .startedAt(STARTED_AT)
                .endedAt(STARTED_AT.plusMinutes(50))
                .modality(Modality.IN_PERSON)
                .setting(SessionSetting.COMMUNITY)
                .stages(List.of(ProcessStage.EXPLORING))
                .supportTypes(List.of(SupportType.EMOTIONAL))
                .topics(List.of(topic))
                .techniques(List.of(technique))
                .note(new NoteSections()
                        .data("Met at the library; talked about saying no to a cousin.")
                        .assessment("Engaged; ready to practise a boundary.")
                        .plan("Role-play that conversation on Friday."));
    }
}
