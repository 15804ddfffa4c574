package cn.yiyang.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseMapperTest {

    @Autowired CaseMapper mapper;
    @Autowired PlatformTransactionManager transactions;

    private CaseRow newRow() {
        CaseRow row = new CaseRow();
        row.caseNo = "TEST-533103-2026-" + TestCodes.token();
        row.matter = Matter.CLINIC_FILING;
        row.regionCode = "533103";
        row.status = CaseStatus.DRAFT;
        row.applicantName = "映射测试";
        row.title = "映射测试";
        row.createdBy = "applicant1";
        row.createdAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        return row;
    }

    @Test
    void insert_returns_the_id_and_the_row_reads_back_by_number_and_id() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            CaseRow row = newRow();
            mapper.insert(row);
            assertThat(row.id).isNotNull();
            CaseRow byNo = mapper.findByNo(row.caseNo);
            assertThat(byNo.id).isEqualTo(row.id);
            assertThat(byNo.matter).isEqualTo(Matter.CLINIC_FILING);
            assertThat(byNo.status).isEqualTo(CaseStatus.DRAFT);
            assertThat(byNo.createdAt).isEqualTo(row.createdAt);
            assertThat(byNo.paused).isFalse();
            assertThat(mapper.findById(row.id).caseNo).isEqualTo(row.caseNo);

            mapper.startClock(row.id, LocalDate.of(2026, 9, 30), 20, LocalDate.of(2026, 11, 5), false);
            CaseRow clocked = mapper.findById(row.id);
            assertThat(clocked.dueDate).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(clocked.limitWorkingDays).isEqualTo(20);
            assertThat(clocked.version).isEqualTo(1);
            s.setRollbackOnly();
        });
    }

    @Test
    void a_case_number_is_unique() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            CaseRow row = newRow();
            mapper.insert(row);
            CaseRow again = newRow();
            again.caseNo = row.caseNo;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.insert(again))
                    .isInstanceOf(DuplicateKeyException.class);
            s.setRollbackOnly();
        });
    }

    @Test
    void pauses_are_kept_with_their_reason_and_an_open_one_marks_the_case_paused() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            CaseRow row = newRow();
            mapper.insert(row);
            LocalDateTime start = LocalDateTime.of(2026, 10, 12, 9, 0);
            mapper.insertPause(row.id, "SUPPLEMENT", "补正：缺少房屋产权证明", start);
            assertThat(mapper.findById(row.id).paused).isTrue();
            var pauses = mapper.pauses(row.id);
            assertThat(pauses).hasSize(1);
            assertThat(pauses.get(0).reason()).isEqualTo("补正：缺少房屋产权证明");
            assertThat(pauses.get(0).endedAt()).isNull();

            mapper.endPause(pauses.get(0).id(), start.plusDays(3));
            assertThat(mapper.findById(row.id).paused).isFalse();
            assertThat(mapper.pauses(row.id).get(0).endedAt()).isEqualTo(start.plusDays(3));
            s.setRollbackOnly();
        });
    }

    @Test
    void lock_holds_the_case_row_until_the_transaction_ends() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CaseRow row = newRow();
        tx.executeWithoutResult(s -> mapper.insert(row));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            assertThat(mapper.lock(row.id).caseNo).isEqualTo(row.caseNo);
            locked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mapper.updateStatus(row.id, CaseStatus.WITHDRAWN);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CaseStatus> second = CompletableFuture.supplyAsync(
                () -> tx.execute(s -> mapper.lock(row.id).status));
        Thread.sleep(700);
        assertThat(second).as("the second lock waits for the first transaction").isNotDone();
        release.countDown();
        first.get(20, TimeUnit.SECONDS);
        assertThat(second.get(20, TimeUnit.SECONDS)).as("and then sees its change").isEqualTo(CaseStatus.WITHDRAWN);
    }
}
