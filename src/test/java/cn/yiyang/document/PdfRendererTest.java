package cn.yiyang.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void markup_and_control_characters_in_a_document_are_printed_as_the_characters_they_are() throws Exception {
        String hostile = "<script>alert(1)</script>&lt;b&gt;' or 1=1 --";
        byte[] pdf = new PdfRenderer().render(new DocumentContent("责令限期整改通知书", "卫监整〔2026〕1号",
                hostile + "养老院", List.of("经检查，" + hostile + "未设置“老年人优先”标志。"), List.of("事项", "结果"),
                List.of(List.of(hostile, "不符合")), "芒市卫生健康局", LocalDate.of(2026, 11, 23)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("<script>alert(1)</script>&lt;b&gt;' or 1=1 --养老院", "责令限期整改通知书");
            assertThat(doc.getDocumentCatalog().getNames() == null
                    || doc.getDocumentCatalog().getNames().getJavaScript() == null).as("no JavaScript in the PDF").isTrue();
        }
    }
}
