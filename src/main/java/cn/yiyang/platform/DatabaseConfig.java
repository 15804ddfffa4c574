package cn.yiyang.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The embedded default: the DataSource points at the MariaDB the application starts itself. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "yiyang.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
class DatabaseConfig {

    static final String SCHEMA = "yiyang";

    /** Destroyed after the DataSource that depends on it, so the engine and the pool close on a running database. */
    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${yiyang.data-dir}") String dataDir) {
        return EmbeddedMariaDb.start(Path.of(dataDir), SCHEMA);
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, EmbeddedMariaDb db) {
        properties.setUrl(db.jdbcUrl(SCHEMA));
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
