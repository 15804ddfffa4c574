package cn.yiyang.shared;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises a request that lost a race to another: a deadlock, a lock wait given up, an optimistic-lock failure
 * (Spring's or the engine's), or the engine no longer finding a task another request has just completed. Such a
 * request changed nothing; it is the caller's conflict (409), never a server failure.
 */
public final class ConcurrencyFailures {

    /** What the loser of a race is told when nothing more specific is known. */
    public static final String MESSAGE = "已被处理，请刷新";

    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private ConcurrencyFailures() {
    }

    /** A deadlock, lock timeout or optimistic-lock failure anywhere in the chain: worth one retry of the transaction. */
    public static boolean retryable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConcurrencyFailureException || c instanceof OptimisticLockingException
                    || c instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (c instanceof SQLException s && ("40001".equals(s.getSQLState())
                    || s.getErrorCode() == MYSQL_DEADLOCK || s.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** A lost race of any kind, including the engine not finding a task that another request completed. */
    public static boolean lostRace(Throwable t) {
        if (retryable(t)) {
            return true;
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NullValueException) {
                return true;
            }
            String m = c.getMessage();
            if (c instanceof org.camunda.bpm.engine.ProcessEngineException && m != null
                    && (m.contains("Cannot find task") || m.contains("task is null"))) {
                return true;
            }
        }
        return false;
    }
}
