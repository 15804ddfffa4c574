package cn.yiyang.api;

import cn.yiyang.reporting.Xlsx;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Sends a list as .xlsx: the first page is read before anything is written, so a refused read still answers with
 * its problem (403/404) rather than a broken file; then every page is streamed.
 */
final class Exports {

    private Exports() {
    }

    static <T> void send(HttpServletResponse response, String fileName, String sheet, List<Xlsx.Column<T>> columns,
                         Function<PageRequest, PageResult<T>> source) {
        PageResult<T> first = source.apply(new PageRequest(0, PageRequest.MAX_SIZE));
        response.setContentType(Xlsx.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            Xlsx.write(response.getOutputStream(), sheet, columns, p -> p.page() == 0 ? first : source.apply(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short list already read in one call (the indicators of a year, a year's published results). */
    static <T> void sendAll(HttpServletResponse response, String fileName, String sheet, List<Xlsx.Column<T>> columns,
                            List<T> rows) {
        send(response, fileName, sheet, columns, p -> p.page() == 0 ? new PageResult<>(rows, 0, rows.size(), rows.size())
                : new PageResult<>(List.of(), p.page(), p.size(), rows.size()));
    }
}
