package cn.yiyang.platform;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB as soon as the configuration is known, before the context is built, so that its
 * unpacking, installation and start overlap with Spring's start-up (issue 8). Only where {@link DatabaseConfig}
 * applies: the embedded default, not the {@code mysql} profile.
 */
public class EmbeddedMariaDbEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String dataDir = env.getProperty("yiyang.data-dir");
        if (!env.getProperty("yiyang.embedded-db.enabled", Boolean.class, true) || dataDir == null) {
            return;
        }
        EmbeddedMariaDb.startInBackground(Path.of(dataDir), DatabaseConfig.SCHEMA);
    }
}
