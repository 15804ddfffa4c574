package cn.yiyang.ui.support;

import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Lazy grids over the services' pages: each scroll asks for one page, never the whole list. */
public final class Paging {

    public static final int PAGE_SIZE = 50;

    private Paging() {
    }

    public static <T> void lazy(Grid<T> grid, Function<PageRequest, PageResult<T>> service) {
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(query -> fetch(query, service),
                query -> (int) Math.min(Integer.MAX_VALUE, service.apply(new PageRequest(0, 1)).total()));
    }

    /** The pages covering [offset, offset + limit): one page when the grid asks page-aligned, as it does. */
    static <T> Stream<T> fetch(Query<T, ?> query, Function<PageRequest, PageResult<T>> service) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        int size = Math.max(1, Math.min(limit, PageRequest.MAX_SIZE));
        int first = offset / size;
        int last = (offset + limit - 1) / size;
        return IntStream.rangeClosed(first, last).mapToObj(p -> service.apply(new PageRequest(p, size)).items())
                .flatMap(List::stream).skip(offset - (long) first * size).limit(limit);
    }
}
