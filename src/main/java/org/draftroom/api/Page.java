package org.draftroom.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list, with the total so a client knows how many pages there are. */
@Schema(description = "One page of a list: items, the page asked for (from 0), its size and the total count")
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The requested page of a list held whole. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }
}
