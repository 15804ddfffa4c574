package cn.yiyang.reporting;

import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Excel (.xlsx) exports of the lists, with Chinese headers. Rows are read page by page from the same service call
 * the list uses (so the same access checks apply) and streamed to the output: memory stays flat for any size.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One column: its Chinese header and the value of a row (String, Number, LocalDate, LocalDateTime or null). */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private Xlsx() {
    }

    public static <T> Column<T> col(String header, Function<T, Object> value) {
        return new Column<>(header, value);
    }

    /** Writes every row of {@code source}, page by page (each page one service call), as one sheet. */
    public static <T> long write(OutputStream out, String sheet, List<Column<T>> columns,
                                 Function<PageRequest, PageResult<T>> source) {
        try {
            Workbook wb = new Workbook(out, "yiyang", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).header());
                ws.style(0, c).bold().fillColor("DDEBF7").set();
                ws.width(c, 18);
            }
            int r = 1;
            for (int p = 0; ; p++) {
                PageResult<T> page = source.apply(new PageRequest(p, PageRequest.MAX_SIZE));
                for (T item : page.items()) {
                    for (int c = 0; c < columns.size(); c++) {
                        cell(ws, r, c, columns.get(c).value().apply(item));
                    }
                    r++;
                }
                ws.flush(); // stream what is written so far
                if (page.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            wb.finish();
            return r - 1L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list already in memory (a short one, e.g. the indicators of a year). */
    public static <T> long write(OutputStream out, String sheet, List<Column<T>> columns, List<T> rows) {
        return write(out, sheet, columns, p -> p.page() == 0 ? new PageResult<>(rows, 0, rows.size(), rows.size())
                : new PageResult<>(List.of(), p.page(), p.size(), rows.size()));
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b ? "是" : "否");
        } else if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else {
            ws.value(r, c, v.toString());
        }
    }
}
