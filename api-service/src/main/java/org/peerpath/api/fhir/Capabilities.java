package org.peerpath.api.fhir;

import java.util.Date;

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
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/** The CapabilityStatement: exactly the resources, interactions and search parameters this server supports. */
public final class Capabilities {

    private static final Date PUBLISHED = new Date();

    private Capabilities() {
    }

    public static final String BULK_DATA = "http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data";
    public static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
    public static final String SEARCH_COMBINATION =
            "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination";

    /**
     * The statement of this server at {@code base}; {@code tokenEndpoint} is where clients get their tokens (the
     * identity provider's OAuth 2.0 token endpoint, a Keycloak realm's, whose authorization endpoint is beside it).
     */
    public static CapabilityStatement statement(String base, String tokenEndpoint, FhirTypes types) {
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
        // Bulk Data is implemented as its CapabilityStatement commits; US Core is claimed per resource
        // (supportedProfile), not as the US Core server statement, whose searches we do not all offer.
        statement.addInstantiates(BULK_DATA);
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
                .setDescription("OAuth 2.0 bearer tokens (client credentials) from the token endpoint in the "
                        + "oauth-uris extension. Consent is checked per person.");
        Extension oauth = rest.getSecurity().addExtension().setUrl(OAUTH_URIS);
        oauth.addExtension("token", new UriType(tokenEndpoint));
        oauth.addExtension("authorize", new UriType(tokenEndpoint.replaceAll("/token$", "/auth")));
        types.all().forEach(type -> resource(rest, type));
        CapabilityStatementRestResourceComponent group = rest.addResource().setType("Group")
                .setDocumentation("Only for Group/[coach staff id]/$export: the coach's caseload as a patient "
                        + "population (no read or search)");
        group.addOperation().setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
        rest.addOperation().setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
                .setDocumentation("FHIR Bulk Data system-level export (Prefer: respond-async; _type, _since). "
                        + "Patient/$export and Group/[coach staff id]/$export export a patient population. _type: "
                        + String.join(", ", types.exported().stream().map(ServedType::fhirType).toList()) + ".");
        return statement;
    }

    /** A served type: read, search-type when it has search parameters, each parameter declared. */
    private static void resource(CapabilityStatementRestComponent rest, ServedType type) {
        CapabilityStatementRestResourceComponent resource = rest.addResource();
        resource.setType(type.fhirType());
        resource.setProfile("http://hl7.org/fhir/StructureDefinition/" + type.fhirType());
        type.supportedProfiles().forEach(resource::addSupportedProfile);
        resource.setDocumentation(type.documentation());
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        if (type.searchable()) {
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        type.includes().forEach(resource::addSearchInclude);
        type.searchParams().forEach(param -> resource.addSearchParam()
                .setName(param.name()).setType(param.type()).setDefinition(param.definition())
                .setDocumentation(param.documentation() + (param.required() ? " (required)" : "")));
        type.searchParams().stream().filter(SearchParam::required).forEach(param -> resource.addExtension()
                .setUrl(SEARCH_COMBINATION).addExtension("required", new StringType(param.name())));
        if (type.searchable()) {
            resource.addSearchParam().setName("_count").setType(SearchParamType.NUMBER)
                    .setDocumentation("Entries per page, 1 to 100 (default 20); the Bundle's next link continues");
        }
        if (type.fhirType().equals("Patient")) {
            resource.addOperation().setName("export")
                    .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export");
        }
    }
}
