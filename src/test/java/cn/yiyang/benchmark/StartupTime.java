package cn.yiyang.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the product jar on its embedded default, as an operator runs it: {@code java -jar} in a subprocess,
 * timed from launch until {@code /actuator/health} answers UP. Twice: on a fresh data directory (MariaDB installs
 * its data dir, Flyway migrates, demo data loads) and again on the same directory (an ordinary restart).
 */
final class StartupTime {

    private static final Pattern STARTED = Pattern.compile("Started YiyangApplication in ([0-9.]+) seconds");

    private StartupTime() {
    }

    static Map<String, Object> measure(Path jar, Path workDir) throws Exception {
        Path dataDir = workDir.resolve("startup-data");
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jar", jar.getFileName().toString());
        m.put("freshDataDir", once(jar, dataDir, workDir.resolve("startup-fresh.log")));
        m.put("restart", once(jar, dataDir, workDir.resolve("startup-restart.log")));
        deleteTree(dataDir);
        return m;
    }

    private static Map<String, Object> once(Path jar, Path dataDir, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--yiyang.data-dir=" + dataDir.toAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process p = pb.start();
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        m.put("untilHealthUpSeconds", Stats.round((System.nanoTime() - start) / 1e9));
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            if (!m.containsKey("untilHealthUpSeconds")) {
                throw new IllegalStateException("the product did not become healthy; see " + log);
            }
            Matcher started = STARTED.matcher(Files.readString(log));
            if (started.find()) {
                m.put("springReportedSeconds", Double.parseDouble(started.group(1)));
            }
        } finally {
            p.destroy(); // SIGTERM: graceful shutdown stops the embedded MariaDB with the context
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        return m;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
