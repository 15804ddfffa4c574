package cn.yiyang.casework.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Never-reused numbers, one series per key (e.g. matter + region + year). Each number is taken by one autocommitted
 * statement on a small pool of its own: concurrent submissions neither queue behind each other's whole transaction
 * nor need a second connection from the main pool (which could starve it). A rolled-back submission leaves a gap,
 * never a duplicate.
 */
@Component
public class NumberSeries implements DisposableBean {

    private static final String INCREMENT = "insert into number_series (series, next_value) values (?, last_insert_id(1)) "
            + "on duplicate key update next_value = last_insert_id(next_value + 1)";

    private final HikariDataSource pool;

    NumberSeries(DataSource dataSource) {
        if (!(dataSource instanceof HikariDataSource main)) {
            throw new IllegalStateException("NumberSeries expects the Hikari connection pool");
        }
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName("number-series");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
    }

    public long next(String series) {
        try (Connection c = pool.getConnection(); PreparedStatement increment = c.prepareStatement(INCREMENT)) {
            increment.setString(1, series);
            increment.executeUpdate();
            try (PreparedStatement last = c.prepareStatement("select last_insert_id()");
                 ResultSet rs = last.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("number series " + series, e);
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
