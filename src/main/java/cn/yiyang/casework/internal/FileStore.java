package cn.yiyang.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files on disk under {data-dir}/files, named by a random key (never by the uploaded name). A file written in a
 * transaction that rolls back is deleted again, so no orphan outlives a refused request.
 */
@Component
public class FileStore {

    private final Path root;

    FileStore(@Value("${yiyang.data-dir}") String dataDir) {
        // normalised: the default "./data" made absolute is "/x/./data", and no normalised path starts with that
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
    }

    /** A file being received: size and SHA-256 known once {@link #receive} returns. */
    public record Received(Path temp, long size, String sha256) {
    }

    /** Copies at most {@code limit} bytes to a temp file; returns null when the stream is longer than the limit. */
    public Received receive(InputStream in, long limit) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "up-", ".bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    if (size > limit) {
                        out.close();
                        Files.deleteIfExists(temp);
                        return null;
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a received file into place; returns its storage key. */
    public String keep(Received received) {
        String key = key();
        try {
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes bytes (a generated document) and returns the storage key. */
    public String write(byte[] content) {
        String key = key();
        try {
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            deleteOnRollback(target);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("bad storage key");
        }
        return p;
    }

    public void discard(Received received) {
        try {
            Files.deleteIfExists(received.temp());
        } catch (IOException ignored) {
            // a temp file left behind is harmless and cleaned with the tmp folder
        }
    }

    private static String key() {
        LocalDate today = LocalDate.now();
        return "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
    }

    private static void deleteOnRollback(Path target) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // nothing references the file; it is only wasted space
                        }
                    }
                }
            });
        }
    }
}
