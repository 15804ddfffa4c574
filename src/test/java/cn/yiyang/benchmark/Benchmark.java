package cn.yiyang.benchmark;

import cn.yiyang.YiyangApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw -B -Pbenchmark verify -Dbench.scale=county}: starts the product (embedded MariaDB on a fresh data
 * directory under target/benchmark, or the external database of the {@code mysql} profile when
 * {@code -Dspring.profiles.active=demo,mysql} and DB_URL are given), runs {@link BenchmarkRun}, stops it, then times
 * the start-up of the product jar. Prints the table and writes the JSON. With {@code -Dbench.data=DIR} the database
 * lives in DIR and is kept: a later run on the same DIR measures the data loaded before instead of loading again.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.of(System.getProperty("bench.scale", "county"));
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark")).toAbsolutePath();
        String kept = System.getProperty("bench.data", "");
        Path dataDir = kept.isBlank() ? out.resolve("data-" + scale.name() + "-" + System.currentTimeMillis())
                : Path.of(kept).toAbsolutePath();
        Files.createDirectories(dataDir);
        SpringApplication app = new SpringApplication(YiyangApplication.class);
        // command-line arguments outrank application.yml (default properties would not)
        List<String> arguments = new ArrayList<>(List.of("--yiyang.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        arguments.addAll(List.of(args));
        long t0 = System.nanoTime();
        Map<String, Object> results;
        try (ConfigurableApplicationContext ctx = app.run(arguments.toArray(String[]::new))) {
            double contextSeconds = Stats.round((System.nanoTime() - t0) / 1e9);
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            System.out.println("benchmark: product up in " + contextSeconds + " s on port " + port + ", scale " + scale);
            results = new BenchmarkRun(ctx, scale, port).run();
            results.put("productContextStartSeconds", contextSeconds);
        }
        Path jar = findJar();
        if (jar != null && !"false".equals(System.getProperty("bench.startup"))) {
            results.put("startup", StartupTime.measure(jar, out));
        } else {
            results.put("startup", Map.of("skipped", jar == null ? "no target/yiyang-*.jar (run with verify)"
                    : "-Dbench.startup=false"));
        }
        if (kept.isBlank() && !"true".equals(System.getProperty("bench.keep-data"))) {
            StartupTime.deleteTree(dataDir);
        }
        Path json = Report.writeJson(results, out);
        System.out.println(Report.table(results));
        System.out.println("JSON: " + json);
        System.exit(0);
    }

    private static Path findJar() throws Exception {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("yiyang-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-plain.jar")).findFirst().orElse(null);
        }
    }
}
