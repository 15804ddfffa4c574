package cn.yiyang.casework;

import cn.yiyang.shared.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency-Key: the key is recorded in the same transaction as what the request creates. A concurrent duplicate
 * waits on the key's row lock and then finds the first result; a retry within 24 h gets the first result back.
 */
@Service
public class Idempotency {

    @Mapper
    interface RecordMapper {
        @Insert("insert into idempotency_record (owner, idem_key, request_hash, resource, created_at) "
                + "values (#{owner}, #{key}, #{hash}, '', #{at})")
        void insert(@Param("owner") String owner, @Param("key") String key, @Param("hash") String hash,
                    @Param("at") LocalDateTime at);

        @Select("select request_hash, resource, created_at from idempotency_record where owner = #{owner} and idem_key = #{key}")
        Row find(@Param("owner") String owner, @Param("key") String key);

        @Update("update idempotency_record set resource = #{resource} where owner = #{owner} and idem_key = #{key}")
        void finish(@Param("owner") String owner, @Param("key") String key, @Param("resource") String resource);

        @Delete("delete from idempotency_record where created_at < #{before}")
        int purge(LocalDateTime before);

        record Row(String requestHash, String resource, LocalDateTime createdAt) {
        }
    }

    private final RecordMapper records;
    private final Clock clock;

    Idempotency(RecordMapper records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Runs {@code create} once per (owner, key): returns the resource id it created, or the one a previous request
     * with the same key created. Without a key it just runs.
     */
    @Transactional
    public Result run(String owner, String key, String requestHash, Supplier<String> create) {
        if (key == null || key.isBlank()) {
            return new Result(create.get(), false);
        }
        if (key.length() > 100) {
            throw new BusinessRuleException("IDEMPOTENCY_KEY_TOO_LONG", "Idempotency-Key 不能超过 100 个字符");
        }
        try {
            records.insert(owner, key, requestHash, LocalDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            RecordMapper.Row first = records.find(owner, key);
            if (!first.requestHash().equals(requestHash)) {
                throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED", "同一 Idempotency-Key 已用于另一个不同的请求");
            }
            return new Result(first.resource(), true);
        }
        String resource = create.get();
        records.finish(owner, key, resource);
        return new Result(resource, false);
    }

    public record Result(String resource, boolean replayed) {
    }

    public Optional<String> lookup(String owner, String key) {
        return Optional.ofNullable(records.find(owner, key)).map(RecordMapper.Row::resource);
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void purgeOld() {
        records.purge(LocalDateTime.now(clock).minusHours(24));
    }
}
