package org.peerpath.api.consent;

import org.peerpath.api.audit.AuditResourceType;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.ProblemType;

/** The agency's EHR clients and the organizations they act for. */
@ApplicationScoped
@Transactional
public class EhrClientService {

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    AuditLog audit;

    public Outcome<EhrClientResponse> register(RegisterEhrClientRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "registerEhrClient", request,
                EhrClientResponse.class, () -> {
                    EhrClient.Key key = new EhrClient.Key();
                    key.organizationId = actor.organization();
                    key.clientId = request.clientId();
                    if (entityManager.find(EhrClient.class, key) != null) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                "This client id is registered already.");
                    }
                    EhrClient client = new EhrClient();
                    client.organizationId = actor.organization();
                    client.clientId = request.clientId();
                    client.recipientOrganization = request.recipientOrganization().strip();
                    client.displayName = request.displayName().strip();
                    client.createdAt = Now.instant();
                    entityManager.persist(client);
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.EHR_CLIENT, null, null);
                    return Outcome.created(EhrClientResponse.of(client), "v1/ehr-clients", null);
                });
    }

    public Page<EhrClientResponse> list(PageRequest page) {
        Actor actor = currentActor.get();
        String after = page.isFirst() ? "" : Cursor.decode(page.cursor, 1).get(0);
        List<EhrClient> rows = entityManager.createQuery("from EhrClient where organizationId = :org and "
                + "clientId > :after order by clientId", EhrClient.class)
                .setParameter("org", actor.organization())
                .setParameter("after", after)
                .setMaxResults(page.limit + 1)
                .getResultList();
        return PagedResponses.page(rows, page.limit, row -> Cursor.encode(row.clientId), EhrClientResponse::of);
    }
}
