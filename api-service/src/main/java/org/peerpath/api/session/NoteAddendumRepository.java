package org.peerpath.api.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NoteAddendumRepository implements PanacheRepositoryBase<NoteAddendum, UUID> {

    /** The addenda of a note in the order they were signed. */
    public List<NoteAddendum> ofNote(String organization, UUID noteId) {
        return list("organizationId = ?1 and noteId = ?2 order by sequence", organization, noteId);
    }

    public int lastSequence(String organization, UUID noteId) {
        Integer last = getEntityManager().createQuery("select max(a.sequence) from NoteAddendum a "
                + "where a.organizationId = ?1 and a.noteId = ?2", Integer.class)
                .setParameter(1, organization).setParameter(2, noteId).getSingleResult();
        return last == null ? 0 : last;
    }
}
