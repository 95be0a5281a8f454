package org.peerpath.api.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** The CapabilityStatement: exactly the resources, interactions and search parameters this server supports. */
public final class Capabilities {

    private static final Date PUBLISHED = new Date();

    private Capabilities() {
    }

    public static CapabilityStatement statement(String base, Iterable<FhirCapabilityContributor> contributors) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setId("peerpath");
        statement.setUrl(base + "/metadata");
        statement.setName("PeerPathRecordsFhirServer");
        statement.setTitle("PeerPath records: FHIR R4 read access for agency EHRs");
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setExperimental(false);
        statement.setDate(PUBLISHED);
        statement.setPublisher("PeerPath");
        statement.setDescription("Read-only FHIR R4 access to peer recovery support records for the agency's EHR "
                + "clients. A client sees a person's records only while a consent naming it is in effect "
                + "(42 CFR Part 2); every resource about a person carries DS4P security labels.");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("PeerPath api-service");
        statement.getImplementation().setDescription("PeerPath records API, FHIR R4 endpoint").setUrl(base);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.addFormat("json");
        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Bearer tokens from the agency's identity provider (OAuth 2.0 client credentials), "
                + "role ehr-client. Searches page with _count (1 to 100, default 20) and the Bundle's next link.");
        rest.getSecurity().setCors(false).addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("OAuth 2.0 bearer tokens (client credentials). Consent is checked per person.");
        resource(rest, "Patient", "The people in recovery the agency supports (peers)", List.of(
                param("_id", SearchParamType.TOKEN, "http://hl7.org/fhir/SearchParameter/Resource-id",
                        "Logical id; several may be given, comma-separated"),
                param("_lastUpdated", SearchParamType.DATE,
                        "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated", "When the record last changed")));
        resource(rest, "Encounter", "Peer recovery support sessions (HCPCS H0038) with a signed note", List.of(
                param("patient", SearchParamType.REFERENCE, "http://hl7.org/fhir/SearchParameter/clinical-patient",
                        "The person the session was with"),
                param("date", SearchParamType.DATE, "http://hl7.org/fhir/SearchParameter/clinical-date",
                        "When the session started (prefixes eq, ge, gt, le, lt)"),
                param("_lastUpdated", SearchParamType.DATE,
                        "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated", "When the record last changed")));
        resource(rest, "DocumentReference", "Signed peer support session notes (LOINC 11506-3) and their addenda",
                List.of(
                        param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/clinical-patient", "The person the note is about"),
                        param("date", SearchParamType.DATE,
                                "http://hl7.org/fhir/SearchParameter/DocumentReference-date",
                                "When the note was signed (prefixes eq, ge, gt, le, lt)"),
                        param("_lastUpdated", SearchParamType.DATE,
                                "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated",
                                "When the record last changed")));
        resource(rest, "Goal", "Recovery goals the person set (SMART: description, target due date and measure)",
                List.of(
                        param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/clinical-patient", "The person whose goal it is"),
                        param("_lastUpdated", SearchParamType.DATE,
                                "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated",
                                "When the record last changed")));
        resource(rest, "CareTeam", "The person's recovery support network plan: members as contained RelatedPerson, "
                + "Practitioner or Organization participants, crisis contacts with a crisis-contact role",
                List.of(
                        param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/clinical-patient", "The person whose network it is"),
                        param("_lastUpdated", SearchParamType.DATE,
                                "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated",
                                "When the record last changed")));
        contributors.forEach(contributor -> contributor.contribute(rest));
        rest.addOperation().setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
                .setDocumentation("FHIR Bulk Data system-level export (Prefer: respond-async; _type, _since). "
                        + "Patient/$export and Group/[coach staff id]/$export export a patient population.");
        return statement;
    }

    /** A resource type served with read and search-type, searchable by {@code params}. */
    public static void resource(CapabilityStatementRestComponent rest, String type, String documentation,
            List<CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent> params) {
        resource(rest, type, documentation, true, params);
    }

    /** A resource type served with read only (no search). */
    public static void readOnly(CapabilityStatementRestComponent rest, String type, String documentation) {
        resource(rest, type, documentation, false, List.of());
    }

    private static void resource(CapabilityStatementRestComponent rest, String type, String documentation,
            boolean search, List<CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent> params) {
        CapabilityStatementRestResourceComponent resource = rest.addResource();
        resource.setType(type);
        resource.setProfile("http://hl7.org/fhir/StructureDefinition/" + type);
        resource.setDocumentation(documentation);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        if (search) {
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        params.forEach(resource::addSearchParam);
    }

    public static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param(String name,
            SearchParamType type, String definition, String documentation) {
        return new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent()
                .setName(name).setType(type).setDefinition(definition).setDocumentation(documentation);
    }
}
