package cn.yiyang.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Tells a file's type by its content, never by its name: PDF (that really parses), JPEG, PNG. */
public final class ContentTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ContentTypes() {
    }

    /** The MIME type, or null when the content is not an accepted type. */
    public static String detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF)) {
            return endsLikePdf(file) && parsesAsPdf(file) ? "application/pdf" : null;
        }
        if (startsWith(head, n, PNG)) {
            return "image/png";
        }
        if (startsWith(head, n, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    /**
     * A complete PDF ends with %%EOF (after the last incremental update too); PDFBox's lenient parser would accept a
     * file cut off in the middle, e.g. an interrupted transfer, so the end is checked first.
     */
    private static boolean endsLikePdf(Path file) throws IOException {
        long size = Files.size(file);
        int tail = (int) Math.min(1024, size);
        byte[] end = new byte[tail];
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - tail);
            raf.readFully(end);
        }
        return new String(end, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean parsesAsPdf(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        return n >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** The name shown to people: no path, no control or reserved characters, at most 100 characters. */
    public static String safeFileName(String name) {
        if (name == null) {
            return "file";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        base.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) && "<>:\"|?*".indexOf(cp) < 0) {
                sb.appendCodePoint(cp);
            }
        });
        String clean = sb.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank()) {
            return "file";
        }
        return clean.length() <= 100 ? clean : clean.substring(clean.length() - 100);
    }

    public static String extensionFor(String mime) {
        return switch (mime) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
    }
}
