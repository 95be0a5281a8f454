package org.peerpath.api.practitioner;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.agency.AgencySettings;
import org.peerpath.api.agency.AgencySettingsRepository;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.fhir.DisclosedType;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.FhirTypes;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.api.staff.Staff;
import org.peerpath.api.staff.StaffRepository;

/**
 * Reads of staff as Practitioner and PractitionerRole. A client may read a staff member only where a resource it may
 * see names them: for each registered type with a {@link DisclosedType#practitionerColumn()}, the type's own query
 * with the consent gate ({@link FhirReader#select}) and that column equal to the staff member. Anyone else, in this
 * agency or another, does not exist for the client (404, audited as refused).
 */
@ApplicationScoped
@Transactional
public class PractitionerService {

    @Inject
    CurrentActor currentActor;

    @Inject
    FhirTypes types;

    @Inject
    StaffRepository staff;

    @Inject
    AgencySettingsRepository agencies;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    public Resource practitioner(String id) {
        return read("Practitioner", id, (member, actor) -> PractitionerFhir.practitioner(member));
    }

    public Resource role(String id) {
        return read("PractitionerRole", id, (member, actor) -> {
            AgencySettings agency = agencies.current(actor.organization());
            return PractitionerFhir.role(member, agency);
        });
    }

    private Resource read(String fhirType, String id, BiFunction<Staff, Actor, Resource> map) {
        Actor actor = currentActor.get();
        UUID staffId = FhirReader.uuid(id);
        Staff member = staffId == null || !named(actor, staffId) ? null
                : staff.findInOrganization(actor.organization(), staffId).orElse(null);
        Resource resource = member == null ? null : map.apply(member, actor);
        if (resource == null) {
            audit.denied(actor, AuditAction.READ, AuditResourceType.STAFF, staffId, null);
            throw FhirException.notFound(fhirType, id);
        }
        audit.success(actor, AuditAction.READ, AuditResourceType.STAFF, staffId, null);
        return resource;
    }

    /** Whether a resource the caller may see now names the staff member as its Practitioner. */
    private boolean named(Actor actor, UUID staffId) {
        Instant now = Instant.now();
        for (var served : types.all()) {
            if (served instanceof DisclosedType<?> type && type.practitionerColumn() != null) {
                Query query = entityManager.createNativeQuery(FhirReader.select(type, "1") + " and "
                        + type.practitionerColumn() + " = :staff limit 1");
                ConsentGate.bind(query, actor, type.scope(), now);
                query.setParameter("staff", staffId);
                if (!query.getResultList().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
