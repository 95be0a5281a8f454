package org.peerpath.common.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.model.paging.Page;

/** Turns keyset query results into pages with a {@code Link: <…>; rel="next"} header. */
public final class PagedResponses {

    private PagedResponses() {
    }

    /**
     * A page from rows fetched with {@code limit + 1}: the extra row only tells that there is a next page.
     *
     * @param cursorOf the cursor that continues after a given row
     */
    public static <R, T> Page<T> page(List<R> rowsPlusOne, int limit, Function<R, String> cursorOf,
            Function<R, T> mapper) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)) : null;
        return new Page<>(rows.stream().map(mapper).toList(), next);
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uriInfo) {
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            Link next = Link.fromUri(uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.nextCursor()).build()).rel("next").build();
            builder.header("Link", next.toString());
        }
        return builder.build();
    }
}
