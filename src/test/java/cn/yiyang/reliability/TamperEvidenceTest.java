package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with database access edits or deletes audit rows behind the product's back; the ADMIN's check
 * ({@code GET /api/v1/audit/verify}) finds it and names the first broken entry of the chain (issue 9, "Tamper").
 * Each test repairs what it broke, so the trail is intact again for the rest of the suite.
 */
@IntegrationTest
class TamperEvidenceTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A case with a few real entries, made through the API; returns its chain name. */
    private String caseChain() {
        String applicant = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        Api.Response created = api.post(applicant, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        assertThat(created.status()).isEqualTo(201);
        String caseNo = created.text("caseNo");
        for (JsonNode m : api.get(applicant, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            assertThat(api.upload(applicant, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(), "m.pdf",
                    TestData.pdf()).status()).isEqualTo(201);
        }
        long id = jdbc.queryForObject("select id from case_file where case_no = ?", Long.class, caseNo);
        String chain = "case:" + id;
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain = ?", Long.class, chain))
                .isGreaterThanOrEqualTo(3);
        return chain;
    }

    private List<String> problemsOf(String chain) {
        Api.Response report = api.get("admin", "/api/v1/audit/verify");
        assertThat(report.status()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        report.body().get("problems").forEach(p -> {
            if (p.asText().startsWith(chain + ":") || p.asText().startsWith(chain + " ")) {
                out.add(p.asText());
            }
        });
        return out;
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (id, chain, seq, case_id, at, actor, action, detail, prev_hash, hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("chain"), row.get("seq"),
                row.get("case_id"), row.get("at"), row.get("actor"), row.get("action"), row.get("detail"),
                row.get("prev_hash"), row.get("hash"));
    }

    @Test
    void only_the_admin_runs_the_check() {
        assertThat(api.get("admin", "/api/v1/audit/verify").status()).isEqualTo(200);
        for (String user : List.of("health1", "health-lead", "supervisor1", "applicant1", "inspector1", "window1")) {
            assertThat(api.get(user, "/api/v1/audit/verify").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void an_edited_actor_is_found_and_the_check_names_that_entry() {
        String chain = caseChain();
        assertThat(problemsOf(chain)).isEmpty();
        Map<String, Object> second = jdbc.queryForMap("select id, actor from audit_entry where chain = ? and seq = 2", chain);
        jdbc.update("update audit_entry set actor = 'somebody-else' where id = ?", second.get("id"));
        try {
            assertThat(problemsOf(chain)).containsExactly(chain + " #2: 内容被修改");
        } finally {
            jdbc.update("update audit_entry set actor = ? where id = ?", second.get("actor"), second.get("id"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void an_edit_that_also_recomputes_the_rows_own_hash_is_found_at_the_next_entry() {
        String chain = caseChain();
        Map<String, Object> second = jdbc.queryForMap("select * from audit_entry where chain = ? and seq = 2", chain);
        jdbc.update("update audit_entry set hash = ? where id = ?", "f".repeat(64), second.get("id"));
        try {
            assertThat(problemsOf(chain)).first().isEqualTo(chain + " #2: 内容被修改");
            assertThat(problemsOf(chain)).contains(chain + " #3: 与前一条记录的链接断开");
        } finally {
            jdbc.update("update audit_entry set hash = ? where id = ?", second.get("hash"), second.get("id"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void a_deleted_entry_is_found_and_named_by_its_number() {
        String chain = caseChain();
        Map<String, Object> second = jdbc.queryForMap("select * from audit_entry where chain = ? and seq = 2", chain);
        jdbc.update("delete from audit_entry where id = ?", second.get("id"));
        try {
            assertThat(problemsOf(chain)).first().isEqualTo(chain + ": 第 2 条记录缺失");
        } finally {
            restore(second);
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void a_deleted_chain_head_is_found_so_its_entries_are_still_checked() {
        String chain = caseChain();
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain where chain = ?", chain);
        jdbc.update("delete from audit_chain where chain = ?", chain);
        try {
            assertThat(problemsOf(chain)).containsExactly(chain + ": 链头记录被删除");
        } finally {
            jdbc.update("insert into audit_chain (chain, seq, head_hash) values (?, ?, ?)", head.get("chain"),
                    head.get("seq"), head.get("head_hash"));
        }
        assertThat(problemsOf(chain)).isEmpty();
    }

    @Test
    void a_deleted_last_entry_is_found() {
        String chain = caseChain();
        long last = jdbc.queryForObject("select max(seq) from audit_entry where chain = ?", Long.class, chain);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where chain = ? and seq = ?", chain, last);
        jdbc.update("delete from audit_entry where id = ?", row.get("id"));
        try {
            assertThat(problemsOf(chain)).hasSize(1).first().asString()
                    .startsWith(chain + ": 末尾记录被删除或截断（应有 " + last + " 条）");
        } finally {
            restore(row);
        }
        assertThat(problemsOf(chain)).isEmpty();
    }
}
