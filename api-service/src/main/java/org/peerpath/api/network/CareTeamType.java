package org.peerpath.api.network;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.FhirMapper;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SecurityLabels;
import org.peerpath.api.fhir.SourceQuery;
import org.peerpath.api.session.SupportType;

/**
 * A peer's network plan as a CareTeam (DESIGN.md section 7). Its members are participants, each a contained resource
 * (they have no identity of their own in our records, so nothing can be referenced): a person as a RelatedPerson, a
 * professional as a Practitioner, an organisation or a mutual-aid group as an Organization. US Core allows one
 * {@code participant.role}: the relationship (or the kind of member) as text, and for a crisis contact also the
 * coding {@code crisis-contact} in {@link #ROLE_SYSTEM} with the calling order in the text; what kind of support a
 * member gives is a note. The person themself is the first participant, so a plan without members is still a team.
 */
@ApplicationScoped
public class CareTeamType extends DeclaredType<NetworkPlan> {

    public static final String ROLE_SYSTEM = "https://peerpath.dev/fhir/CodeSystem/network-role";
    public static final String IDENTIFIER_SYSTEM = "https://peerpath.dev/fhir/sid/network-plan";
    public static final String MEMBER_SYSTEM = "https://peerpath.dev/fhir/sid/network-member";

    static final SourceQuery QUERY = SourceQuery.of("network_plan", "n");

    @Inject
    NetworkPlanVersionRepository versions;

    public CareTeamType() {
        super("CareTeam", "The person's recovery support network plan: members as contained RelatedPerson, "
                + "Practitioner or "
                + "Organization participants, crisis contacts with a crisis-contact role",
                ConsentScope.PLANS, NetworkPlan.class, QUERY, AuditResourceType.NETWORK_PLAN,
                n -> n.peerId, n -> n.id, n -> n.createdAt);
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-careteam");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person whose network it is", false),
                SearchParam.lastUpdated(QUERY));
    }

    /** The plans with their current versions (one query); a plan without one is left out. */
    @Override
    public List<CareTeam> toFhir(List<NetworkPlan> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, NetworkPlanVersion> current = versions.currentOf(rows.get(0).organizationId,
                rows.stream().map(plan -> plan.id).toList());
        return rows.stream().filter(plan -> current.containsKey(plan.id))
                .map(plan -> careTeam(plan, current.get(plan.id))).toList();
    }

    static CareTeam careTeam(NetworkPlan plan, NetworkPlanVersion version) {
        CareTeam team = new CareTeam();
        team.setId(plan.id.toString());
        org.hl7.fhir.r4.model.Meta meta = new org.hl7.fhir.r4.model.Meta();
        meta.setLastUpdatedElement(FhirMapper.instant(plan.updatedAt));
        meta.setVersionId(Integer.toString(plan.currentVersion));
        team.setMeta(SecurityLabels.label(meta));
        team.addIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(plan.id.toString());
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.addCategory().setText("Recovery support network");
        team.setName("Recovery support network");
        team.setSubject(new Reference("Patient/" + plan.peerId));
        team.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                java.util.Date.from(plan.createdAt), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                java.util.TimeZone.getTimeZone(java.time.ZoneOffset.UTC)));
        team.addParticipant().addRole(new CodeableConcept().setText("The person in recovery"))
                .setMember(new Reference("Patient/" + plan.peerId));
        List<NetworkMember> members = version.members == null || version.members.members() == null ? List.of()
                : version.members.members();
        members.stream().sorted(Comparator.comparing((NetworkMember m) -> !m.crisisContact())
                .thenComparing(m -> m.crisisOrder() == null ? Integer.MAX_VALUE : m.crisisOrder()))
                .forEach(member -> participant(team, plan, member));
        if (version.checkInCadence != null) {
            team.addNote().setText("Check-ins with the coach: " + version.checkInCadence.name()
                    .toLowerCase(Locale.ROOT) + ".");
        }
        if (version.reviewDate != null) {
            team.addNote().setText("Plan to be reviewed together on " + version.reviewDate + ".");
        }
        return team;
    }

    private static void participant(CareTeam team, NetworkPlan plan, NetworkMember member) {
        String localId = "m" + (member.id() == null ? Integer.toString(team.getContained().size()) : member.id());
        DomainResource contained = switch (member.kind()) {
            case PERSON -> {
                RelatedPerson person = new RelatedPerson();
                person.setActive(true);
                person.setPatient(new Reference("Patient/" + plan.peerId));
                person.addName().setText(member.name());
                if (present(member.relationship())) {
                    person.addRelationship().setText(member.relationship());
                }
                person.setTelecom(telecom(member));
                yield person;
            }
            case PROFESSIONAL -> {
                Practitioner practitioner = new Practitioner();
                practitioner.setActive(true);
                practitioner.addName().setText(member.name());
                practitioner.setTelecom(telecom(member));
                yield practitioner;
            }
            case ORGANISATION, GROUP -> {
                Organization organization = new Organization();
                organization.setActive(true);
                organization.setName(member.name());
                organization.addType().setText(member.kind() == org.peerpath.api.network.MemberKind.GROUP
                        ? "Mutual-aid or peer support group" : "Organisation");
                organization.setTelecom(telecom(member));
                yield organization;
            }
        };
        contained.setId(localId);
        if (member.id() != null) {
            identifier(contained, member.id().toString());
        }
        team.addContained(contained);
        CareTeamParticipantComponent participant = team.addParticipant();
        participant.setMember(new Reference("#" + localId).setDisplay(member.name()));
        String relationship = present(member.relationship()) ? member.relationship() : kindText(member);
        CodeableConcept role = participant.addRole().setText(relationship);
        if (member.crisisContact()) {
            role.addCoding(new Coding(ROLE_SYSTEM, "crisis-contact", "Crisis contact"))
                    .setText(relationship + "; crisis contact" + (member.crisisOrder() == null ? ""
                            : ", call order " + member.crisisOrder()));
        }
        if (member.supportTypes() != null && !member.supportTypes().isEmpty()) {
            team.addNote().setText(member.name() + " supports with: " + String.join(", ", member.supportTypes()
                    .stream().map(SupportType::name).map(s -> s.toLowerCase(Locale.ROOT).replace('_', ' ')).toList())
                    + ".");
        }
        if (present(member.availability())) {
            team.addNote().setText(member.name() + " is available: " + member.availability());
        }
    }

    private static void identifier(DomainResource resource, String value) {
        org.hl7.fhir.r4.model.Identifier identifier = new org.hl7.fhir.r4.model.Identifier().setSystem(MEMBER_SYSTEM)
                .setValue(value);
        if (resource instanceof RelatedPerson person) {
            person.addIdentifier(identifier);
        } else if (resource instanceof Practitioner practitioner) {
            practitioner.addIdentifier(identifier);
        } else if (resource instanceof Organization organization) {
            organization.addIdentifier(identifier);
        }
    }

    private static List<ContactPoint> telecom(NetworkMember member) {
        List<ContactPoint> telecom = new java.util.ArrayList<>();
        ContactPreference preference = member.contactPreference();
        if (present(member.phone())) {
            ContactPoint phone = new ContactPoint().setSystem(preference == ContactPreference.TEXT_MESSAGE
                    ? ContactPoint.ContactPointSystem.SMS : ContactPoint.ContactPointSystem.PHONE)
                    .setValue(member.phone().strip());
            if (preference == ContactPreference.PHONE_CALL || preference == ContactPreference.TEXT_MESSAGE) {
                phone.setRank(1);
            }
            telecom.add(phone);
        }
        if (present(member.email())) {
            ContactPoint email = new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(member.email().strip());
            if (preference == ContactPreference.EMAIL) {
                email.setRank(1);
            }
            telecom.add(email);
        }
        return telecom;
    }

    private static String kindText(NetworkMember member) {
        return switch (member.kind()) {
            case PERSON -> "Supportive person";
            case GROUP -> "Mutual-aid or peer support group";
            case PROFESSIONAL -> "Professional";
            case ORGANISATION -> "Organisation";
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
