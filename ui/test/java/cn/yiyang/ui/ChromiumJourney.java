package cn.yiyang.ui;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser journey against the running application: one Chromium per test class, the base URL, PDF text. */
abstract class ChromiumJourney {

    static Chromium chromium;

    @LocalServerPort int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    /** The text of a downloaded PDF, as PDFBox extracts it. */
    static String pdfText(Download download) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
