package cn.yiyang.platform;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * On an external database, the JDBC URL must carry the options Camunda needs on MySQL; a URL without them
 * gets them appended, so a plain {@code jdbc:mysql://host/db} from DB_URL just works.
 */
public class ExternalDatabaseUrl implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String REQUIRED = "sendFractionalSeconds=false&nullCatalogMeansCurrent=true"
            + "&connectionTimeZone=Asia/Shanghai&forceConnectionTimeZoneToSession=false&rewriteBatchedStatements=true";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url");
        if (url == null || url.isBlank() || url.contains("nullCatalogMeansCurrent")) {
            return;
        }
        String completed = url + (url.contains("?") ? "&" : "?") + REQUIRED;
        event.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("yiyangDatabaseUrl", Map.of("spring.datasource.url", completed)));
    }
}
