package cn.yiyang.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling (issue 9): {@value #MAX_FAILURES} wrong passwords for one account name within
 * {@link #WINDOW} lock the name for {@link #LOCK}, for the UI's form login and the API's HTTP Basic alike (both go
 * through Spring Security's authentication events). Kept in the database so a cluster counts once. A locked name is
 * refused even with the right password, so guessing cannot continue; a successful login clears the count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    @Mapper
    interface ThrottleMapper {
        /**
         * One statement per failure: a window that has run out starts again at 1; reaching the limit locks. MySQL,
         * MariaDB and TiDB evaluate these assignments left to right, each seeing the ones before it: so
         * {@code failures} in the last line is already the new count, and {@code first_failure} is read before it
         * moves.
         */
        @Insert("""
                insert into login_throttle (username, failures, first_failure, locked_until)
                values (#{username}, 1, #{now}, null)
                on duplicate key update
                  failures = if(first_failure < #{windowStart}, 1, failures + 1),
                  first_failure = if(first_failure < #{windowStart}, #{now}, first_failure),
                  locked_until = if(failures >= #{max}, #{lockUntil}, locked_until)""")
        void fail(@Param("username") String username, @Param("now") LocalDateTime now,
                  @Param("windowStart") LocalDateTime windowStart, @Param("max") int max,
                  @Param("lockUntil") LocalDateTime lockUntil);

        @Select("select locked_until from login_throttle where username = #{username}")
        LocalDateTime lockedUntil(String username);

        @Select("select count(*) > 0 from login_throttle where username = #{username}")
        boolean exists(String username);

        @Delete("delete from login_throttle where username = #{username}")
        void clear(String username);

        @Delete("delete from login_throttle where first_failure < #{before} and (locked_until is null or locked_until < #{before})")
        int purge(LocalDateTime before);
    }

    private final ThrottleMapper throttle;
    private final Clock clock;

    LoginThrottle(ThrottleMapper throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether the name is locked now (checked while loading the account, before the password is compared). */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        LocalDateTime until = throttle.lockedUntil(key(username));
        return until != null && until.isAfter(LocalDateTime.now(clock));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(String.valueOf(event.getAuthentication().getName()));
        LocalDateTime now = LocalDateTime.now(clock);
        throttle.fail(username, now, now.minus(WINDOW), MAX_FAILURES, now.plus(LOCK));
        if (isLocked(username)) {
            log.warn("Login locked for {} minutes after {} failures: account name {}", LOCK.toMinutes(), MAX_FAILURES,
                    username);
        }
    }

    /** Every API call authenticates: the common case (no failures recorded) is one primary-key read, no write. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = key(event.getAuthentication().getName());
        if (throttle.exists(username)) {
            throttle.clear(username);
        }
    }

    @Scheduled(cron = "0 23 4 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void purgeOld() {
        throttle.purge(LocalDateTime.now(clock).minusDays(1));
    }

    /** Account names are at most 64 characters; anything longer is cut so a flood of long names cannot fail the insert. */
    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
