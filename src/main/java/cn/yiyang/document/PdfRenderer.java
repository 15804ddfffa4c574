package cn.yiyang.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Renders official documents as PDF with the CJK font embedded (Noto Sans SC, SIL OFL, bundled at build time),
 * so that Chinese text shows correctly on any machine and can be read back out of the file.
 */
@Component
public class PdfRenderer {

    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final BaseFont baseFont;

    PdfRenderer() {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("CJK font " + FONT + " missing from the classpath: build with ./mvnw");
            }
            byte[] ttf = in.readAllBytes();
            baseFont = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(DocumentContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 64, 64, 72, 64);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(content.title());
            pdf.addCreator("医养结合业务协同系统");
            pdf.open();
            Font title = new Font(baseFont, 20, Font.BOLD);
            Font body = new Font(baseFont, 12);
            Font small = new Font(baseFont, 10);
            pdf.add(centered(content.title(), title, 8));
            if (content.number() != null) {
                pdf.add(centered(content.number(), body, 18));
            }
            if (content.addressee() != null) {
                pdf.add(new Paragraph(content.addressee() + "：", body));
            }
            for (String text : content.paragraphs()) {
                Paragraph p = new Paragraph(text, body);
                p.setFirstLineIndent(24);
                p.setLeading(22);
                p.setSpacingBefore(4);
                pdf.add(p);
            }
            if (!content.tableRows().isEmpty()) {
                pdf.add(table(content, small));
            }
            Paragraph issuer = new Paragraph(content.issuer() + "\n" + CHINESE_DATE.format(content.date()), body);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(36);
            pdf.add(issuer);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private PdfPTable table(DocumentContent content, Font font) {
        int columns = Math.max(content.tableHeader().size(), content.tableRows().get(0).size());
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String h : content.tableHeader()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, new Font(baseFont, 10, Font.BOLD)));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        table.setHeaderRows(content.tableHeader().isEmpty() ? 0 : 1);
        for (var row : content.tableRows()) {
            for (int i = 0; i < columns; i++) {
                table.addCell(new Phrase(i < row.size() && row.get(i) != null ? row.get(i) : "", font));
            }
        }
        return table;
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
