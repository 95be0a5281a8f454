package org.peerpath.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} query parameters of every list ({@code @BeanParam}). */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "How many items a page holds, 1 to 100.")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1000)
    @Parameter(description = "The `nextCursor` of the previous page; absent for the first page.")
    public String cursor;

    public PageRequest() {
    }

    public PageRequest(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public boolean isFirst() {
        return cursor == null || cursor.isEmpty();
    }
}
