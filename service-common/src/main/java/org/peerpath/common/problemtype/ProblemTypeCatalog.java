package org.peerpath.common.problemtype;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.ProblemType;

/** The documented problem types ({@link ProblemType}), in declaration order. */
@ApplicationScoped
public class ProblemTypeCatalog {

    public Page<ProblemTypeResponse> list(PageRequest page) {
        List<ProblemType> all = Arrays.asList(ProblemType.values());
        int from = page.isFirst() ? 0 : all.indexOf(after(page.cursor)) + 1;
        List<ProblemType> rowsPlusOne = all.subList(from, Math.min(all.size(), from + page.limit + 1));
        return PagedResponses.page(rowsPlusOne, page.limit, type -> Cursor.encode(type.kind()),
                ProblemTypeResponse::of);
    }

    public ProblemTypeResponse get(String kind) {
        return ProblemTypeResponse.of(find(kind).orElseThrow(() -> new NotFoundProblem("problem type", kind)));
    }

    private static ProblemType after(String cursor) {
        return find(Cursor.decode(cursor, 1).getFirst()).orElseThrow(() -> ProblemException.invalidField("cursor",
                "is not a cursor issued by this list; start again without it"));
    }

    private static Optional<ProblemType> find(String kind) {
        return Arrays.stream(ProblemType.values()).filter(type -> type.kind().equals(kind)).findFirst();
    }
}
