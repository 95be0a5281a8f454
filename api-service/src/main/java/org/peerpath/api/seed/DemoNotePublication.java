package org.peerpath.api.seed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.session.NoteAddendum;
import org.peerpath.api.session.NoteAddendumRepository;
import org.peerpath.api.session.NotePublication;
import org.peerpath.api.session.Session;
import org.peerpath.api.session.SessionNote;
import org.peerpath.api.session.SessionNoteRepository;
import org.peerpath.api.session.SessionRepository;

/**
 * The demo data writes its signed notes as SQL, around the signing code; this publishes them as signing does (the
 * same {@link NotePublication} hooks), so the demo EHR client finds them in FHIR, the change feed, the bulk export
 * and webhooks under its demo consent.
 */
@ApplicationScoped
public class DemoNotePublication {

    @Inject
    SessionNoteRepository notes;

    @Inject
    SessionRepository sessions;

    @Inject
    NoteAddendumRepository addenda;

    @Inject
    NotePublication publication;

    /** Publishes each signed note that has no EHR copy yet, with its addenda in order; answers how many notes. */
    @Transactional
    public int publishSignedNotes() {
        List<SessionNote> unpublished = notes.signedWithoutEhrCopy();
        for (SessionNote note : unpublished) {
            Session session = sessions.findInOrganization(note.organizationId, note.sessionId).orElseThrow();
            publication.noteSigned(session, note);
            for (NoteAddendum addendum : addenda.ofNote(note.organizationId, note.id)) {
                publication.addendumSigned(session, addendum);
            }
        }
        return unpublished.size();
    }
}
