package org.peerpath.content.catalog;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

/** Published entries as pages and single entries, for the read features to shape into their responses. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogReader {

    @Inject
    EntryRepository entries;

    public <T> Page<T> page(EntryKind kind, String locale, EntryFilter filter, int limit, String cursor,
            Function<Entry, T> mapper) {
        int after = cursor == null || cursor.isEmpty() ? 0 : positionIn(cursor);
        List<Entry> rows = entries.listPublished(kind, locale, filter, after, limit);
        return PagedResponses.page(rows, limit, entry -> Cursor.encode(Integer.toString(entry.position)), mapper);
    }

    public Entry one(EntryKind kind, String key, String locale) {
        return entries.findPublished(kind, key, locale)
                .orElseThrow(() -> new NotFoundProblem(kind.prefix(), key));
    }

    private static int positionIn(String cursor) {
        String position = Cursor.decode(cursor, 1).get(0);
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException notAPosition) {
            throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }
}
