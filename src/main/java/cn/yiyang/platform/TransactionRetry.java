package cn.yiyang.platform;

import cn.yiyang.shared.ConcurrencyFailures;
import cn.yiyang.shared.ConflictException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One retry of a whole transaction that lost a race in the database (a deadlock, a lock wait given up, an
 * optimistic-lock failure of the engine): the outermost {@code @Transactional} method of the product runs once more,
 * in a fresh transaction that sees what the winner committed, so it usually ends in the service's own clean answer
 * (a {@link ConflictException} saying what happened). If the retry loses again, or the call cannot be repeated (it
 * reads a stream), the caller gets a {@link ConflictException} too: a lost race is never a server failure.
 *
 * <p>Ordered outside the transaction interceptor, so each attempt is its own transaction; calls made inside a running
 * transaction are left alone, since only the outermost one can be repeated as a whole.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class TransactionRetry {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    /** Infrastructure role: the auto-proxy creator that applies {@code @Transactional} applies this advisor too. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor transactionRetryAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new WritingTransactions(), new RetryOnce());
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 100); // the transaction advisor is LOWEST_PRECEDENCE: inner
        return advisor;
    }

    /** Runs the call; on a lost race runs it once more (see the class comment). */
    static final class RetryOnce implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            MethodInvocation again = invocation instanceof ProxyMethodInvocation p ? p.invocableClone() : null;
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (!ConcurrencyFailures.lostRace(e)) {
                    throw e;
                }
                String where = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
                if (again == null || !ConcurrencyFailures.retryable(e) || !repeatable(invocation)) {
                    log.warn("{} lost a race, answered as a conflict: {}", where, e.toString());
                    throw new ConflictException(ConcurrencyFailures.MESSAGE);
                }
                log.warn("{} lost a race, retrying it once: {}", where, e.toString());
                try {
                    return again.proceed();
                } catch (RuntimeException second) {
                    if (!ConcurrencyFailures.lostRace(second)) {
                        throw second;
                    }
                    log.warn("{} lost the race again, answered as a conflict: {}", where, second.toString());
                    throw new ConflictException(ConcurrencyFailures.MESSAGE);
                }
            }
        }

        /** A stream argument was read by the first attempt; repeating the call would see it empty. */
        private static boolean repeatable(MethodInvocation invocation) {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof InputStream) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Writing {@code @Transactional} methods of the product's own classes. */
    static final class WritingTransactions extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getName().startsWith("cn.yiyang.")) {
                return false;
            }
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (tx == null) {
                tx = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            }
            return tx != null && !tx.readOnly();
        }
    }
}
