package cn.yiyang.casework;

import cn.yiyang.casework.internal.AuditMapper;
import cn.yiyang.casework.internal.AuditMapper.EntryRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. Entries are hash-chained: each case has its own chain (so cases do not queue on one
 * lock), everything else goes to the "system" chain; the head of every chain is kept apart, so editing, deleting or
 * cutting off entries is found by {@link #verify()}.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    static final String SYSTEM_CHAIN = "system";

    private final AuditMapper mapper;
    private final Clock clock;

    AuditTrail(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public record Entry(long seq, LocalDateTime at, String actor, String action, String detail) {
    }

    /** Appends in the caller's transaction: the entry commits or rolls back with the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long caseId, String actor, String action, String detail) {
        String chain = caseId == null ? SYSTEM_CHAIN : "case:" + caseId;
        AuditMapper.ChainRow head = mapper.lockChain(chain);
        if (head == null) { // the chain's first entry: make its head row (an upsert, which locks it at once)
            mapper.ensureChain(chain, GENESIS);
            head = mapper.lockChain(chain);
        }
        EntryRow e = new EntryRow();
        e.chain = chain;
        e.seq = head.seq() + 1;
        e.caseId = caseId;
        // seconds: the JDBC URL has sendFractionalSeconds=false (Camunda), so the stored time has no fraction
        e.at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        e.actor = actor;
        e.action = action;
        e.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        e.prevHash = head.headHash();
        e.hash = hash(e);
        mapper.insert(e);
        mapper.advance(chain, e.seq, e.hash);
    }

    @Transactional(readOnly = true)
    public List<Entry> ofCase(long caseId) {
        return mapper.entriesOfChain("case:" + caseId).stream()
                .map(e -> new Entry(e.seq, e.at, e.actor, e.action, e.detail)).toList();
    }

    /** Recomputes every chain; each problem found is one line of the report. */
    @Transactional(readOnly = true)
    public VerificationReport verify() {
        List<String> problems = new ArrayList<>();
        long entries = 0;
        List<AuditMapper.ChainRow> chains = new ArrayList<>(mapper.chains());
        for (String headless : mapper.chainsWithoutHead()) {
            problems.add(headless + ": 链头记录被删除");
            chains.add(new AuditMapper.ChainRow(headless, -1, ""));
        }
        for (AuditMapper.ChainRow chain : chains) {
            String prev = GENESIS;
            long expectedSeq = 1;
            for (EntryRow e : mapper.entriesOfChain(chain.chain())) {
                entries++;
                if (e.seq != expectedSeq) {
                    problems.add(chain.chain() + ": 第 " + expectedSeq + " 条记录缺失");
                    expectedSeq = e.seq;
                }
                if (!e.prevHash.equals(prev)) {
                    problems.add(chain.chain() + " #" + e.seq + ": 与前一条记录的链接断开");
                }
                if (!hash(e).equals(e.hash)) {
                    problems.add(chain.chain() + " #" + e.seq + ": 内容被修改");
                }
                prev = e.hash;
                expectedSeq++;
            }
            if (chain.seq() >= 0 && (expectedSeq - 1 != chain.seq() || !prev.equals(chain.headHash()))) {
                problems.add(chain.chain() + ": 末尾记录被删除或截断（应有 " + chain.seq() + " 条）");
            }
        }
        return new VerificationReport(chains.size(), entries, problems);
    }

    public record VerificationReport(int chains, long entries, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    static String hash(EntryRow e) {
        String canonical = String.join("\u001f", e.chain, Long.toString(e.seq), String.valueOf(e.caseId),
                e.at.truncatedTo(ChronoUnit.SECONDS).toString(), e.actor, e.action, String.valueOf(e.detail), e.prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
