package cn.yiyang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.shared.ConflictException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The one retry of a transaction that lost a race, on a plain proxy (no database: what it does, not how often). */
class TransactionRetryTest {

    /** Loses {@code losses} times with {@code failure}, then answers. */
    static class Service {
        final AtomicInteger attempts = new AtomicInteger();
        int losses;
        RuntimeException failure = new DeadlockLoserDataAccessException("Deadlock found", null);

        @Transactional
        public String write() {
            if (attempts.incrementAndGet() <= losses) {
                throw failure;
            }
            return "done";
        }

        @Transactional
        public String upload(InputStream in) {
            return write();
        }

        @Transactional(readOnly = true)
        public String read() {
            return write();
        }
    }

    private static Service proxied(Service target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TransactionRetry.transactionRetryAdvisor());
        return (Service) factory.getProxy();
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void a_deadlock_is_retried_once_and_the_retry_answers() {
        Service target = new Service();
        target.losses = 1;
        assertThat(proxied(target).write()).isEqualTo("done");
        assertThat(target.attempts).hasValue(2);
    }

    @Test
    void an_engine_optimistic_lock_failure_is_retried_once_too() {
        Service target = new Service();
        target.losses = 1;
        target.failure = new OptimisticLockingException("Entity was updated by another transaction concurrently");
        assertThat(proxied(target).write()).isEqualTo("done");
        assertThat(target.attempts).hasValue(2);
    }

    @Test
    void losing_twice_is_a_conflict_with_a_chinese_message_not_a_server_error() {
        Service target = new Service();
        target.losses = 2;
        target.failure = new CannotAcquireLockException("Lock wait timeout exceeded");
        assertThatThrownBy(() -> proxied(target).write()).isInstanceOf(ConflictException.class)
                .hasMessage("已被处理，请刷新");
        assertThat(target.attempts).hasValue(2);
    }

    @Test
    void a_call_reading_a_stream_is_not_repeated_but_answered_as_a_conflict() {
        Service target = new Service();
        target.losses = 1;
        assertThatThrownBy(() -> proxied(target).upload(new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(ConflictException.class);
        assertThat(target.attempts).hasValue(1);
    }

    @Test
    void any_other_failure_passes_through_untouched_and_is_not_retried() {
        Service target = new Service();
        target.losses = 1;
        target.failure = new IllegalStateException("a bug");
        assertThatThrownBy(() -> proxied(target).write()).isSameAs(target.failure);
        assertThat(target.attempts).hasValue(1);
    }

    @Test
    void inside_a_running_transaction_only_the_outermost_call_may_retry() {
        Service target = new Service();
        target.losses = 1;
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThatThrownBy(() -> proxied(target).write()).isSameAs(target.failure);
        assertThat(target.attempts).hasValue(1);
    }

    @Test
    void read_only_transactions_are_left_alone() {
        Service target = new Service();
        target.losses = 1;
        assertThatThrownBy(() -> proxied(target).read()).isSameAs(target.failure);
        assertThat(target.attempts).hasValue(1);
    }
}
