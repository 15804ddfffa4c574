package cn.yiyang.casework.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Never-reused numbers, one series per key (e.g. matter + region + year). Each number is taken in a short
 * transaction of its own, so concurrent submissions do not queue behind each other's whole transaction;
 * a rolled-back submission leaves a gap, never a duplicate.
 */
@Component
public class NumberSeries {

    @Mapper
    interface SeriesMapper {
        @Insert("insert into number_series (series, next_value) values (#{series}, last_insert_id(1)) "
                + "on duplicate key update next_value = last_insert_id(next_value + 1)")
        void increment(String series);

        @Select("select last_insert_id()")
        long lastInsertId();
    }

    private final SeriesMapper mapper;
    private final TransactionTemplate ownTransaction;

    NumberSeries(SeriesMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long next(String series) {
        Long value = ownTransaction.execute(status -> {
            mapper.increment(series);
            return mapper.lastInsertId();
        });
        return value == null ? 0 : value;
    }
}
