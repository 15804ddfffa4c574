package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired CaseService cases;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    /** A case of its own with a chain of three entries. */
    private CaseInfo caseWithThreeEntries() {
        CurrentUser applicant = users.get("applicant1");
        CaseInfo c = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院", "审计测试");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            audit.record(c.id(), "applicant1", "NOTE", "第二条");
            audit.record(c.id(), "applicant1", "NOTE", "第三条");
        });
        return c;
    }

    private List<String> problemsOf(String chain) {
        return audit.verify().problems().stream().filter(p -> p.startsWith(chain + ":") || p.startsWith(chain + " "))
                .toList();
    }

    @Test
    void the_trail_is_intact_after_normal_work() {
        CaseInfo c = caseWithThreeEntries();
        assertThat(audit.ofCase(c.id())).extracting(AuditTrail.Entry::seq).containsExactly(1L, 2L, 3L);
        assertThat(audit.ofCase(c.id()).get(0).action()).isEqualTo("CASE_CREATED");
        AuditTrail.VerificationReport report = audit.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void an_edited_entry_is_found_and_named_by_its_chain() {
        CaseInfo c = caseWithThreeEntries();
        String chain = "case:" + c.id();
        Map<String, Object> second = jdbc.queryForMap("select id, detail from audit_entry where chain = ? and seq = 2",
                chain);
        jdbc.update("update audit_entry set detail = ? where id = ?", "第二条（已篡改）", second.get("id"));
        try {
            assertThat(problemsOf(chain)).containsExactly(chain + " #2: 内容被修改");
            assertThat(audit.verify().intact()).isFalse();
        } finally {
            jdbc.update("update audit_entry set detail = ? where id = ?", second.get("detail"), second.get("id"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void a_deleted_last_entry_is_found() {
        CaseInfo c = caseWithThreeEntries();
        String chain = "case:" + c.id();
        Map<String, Object> last = jdbc.queryForMap("select * from audit_entry where chain = ? and seq = 3", chain);
        jdbc.update("delete from audit_entry where id = ?", last.get("id"));
        try {
            assertThat(problemsOf(chain)).hasSize(1).first().asString().startsWith(chain + ": 末尾记录被删除或截断");
        } finally {
            jdbc.update("insert into audit_entry (id, chain, seq, case_id, at, actor, action, detail, prev_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", last.get("id"), last.get("chain"), last.get("seq"),
                    last.get("case_id"), last.get("at"), last.get("actor"), last.get("action"), last.get("detail"),
                    last.get("prev_hash"), last.get("hash"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void a_deleted_entry_in_the_middle_is_found() {
        CaseInfo c = caseWithThreeEntries();
        String chain = "case:" + c.id();
        Map<String, Object> middle = jdbc.queryForMap("select * from audit_entry where chain = ? and seq = 2", chain);
        jdbc.update("delete from audit_entry where id = ?", middle.get("id"));
        try {
            assertThat(problemsOf(chain)).contains(chain + ": 第 2 条记录缺失", chain + " #3: 与前一条记录的链接断开");
        } finally {
            jdbc.update("insert into audit_entry (id, chain, seq, case_id, at, actor, action, detail, prev_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", middle.get("id"), middle.get("chain"), middle.get("seq"),
                    middle.get("case_id"), middle.get("at"), middle.get("actor"), middle.get("action"),
                    middle.get("detail"), middle.get("prev_hash"), middle.get("hash"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void concurrent_entries_from_a_chains_first_on_are_numbered_without_gaps_and_verify() throws Exception {
        long caseId = 900_000_000L + System.nanoTime() % 1_000_000L; // a chain nobody has written yet
        String chain = "case:" + caseId;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> audit.record(caseId, "writer" + writer, "NOTE", "第 " + n + " 条"));
                    }
                }));
            }
            for (var f : writers) {
                f.get();
            }
            assertThat(audit.ofCase(caseId)).extracting(AuditTrail.Entry::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
            assertThat(problemsOf(chain)).isEmpty();
        } finally {
            pool.shutdown();
            jdbc.update("delete from audit_entry where chain = ?", chain);
            jdbc.update("delete from audit_chain where chain = ?", chain);
        }
    }

    @Test
    void an_entry_is_only_written_inside_the_change_it_records() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.record(null, "x", "NOTE", "outside"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
