package cn.yiyang.inspection.internal;

import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountService;
import cn.yiyang.inspection.Draw;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Keeps each draw as one canonical JSON record with its SHA-256, insert only (the table's triggers refuse updates and
 * deletes); reading it back re-computes the hash, so a record changed behind the application shows as not intact.
 */
@Component
public class DrawStore {

    /** What is stored and hashed: everything needed to re-run and check the draw. */
    record Stored(long planId, long seed, List<Long> population, List<DrawRecord.Inspector> pool, int targetCount,
                  List<Draw.Target> targets, List<Draw.Exclusion> exclusions, String drawnBy, String drawnAt,
                  Map<Long, Integer> weights) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final InspectionMapper mapper;
    private final AccountService accounts;
    private final InstitutionService institutions;
    private final Clock clock;

    DrawStore(InspectionMapper mapper, AccountService accounts, InstitutionService institutions, Clock clock) {
        this.mapper = mapper;
        this.accounts = accounts;
        this.institutions = institutions;
        this.clock = clock;
    }

    public long store(long planId, Draw.Result result, String actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<DrawRecord.Inspector> pool = result.pool().stream().map(u -> new DrawRecord.Inspector(u,
                accounts.find(u).map(Account::displayName).orElse(u))).toList();
        Stored stored = new Stored(planId, result.seed(), result.population(), pool, result.targetCount(),
                result.targets(), result.exclusions(), actor, now.toString(),
                result.weights().isEmpty() ? null : new java.util.TreeMap<>(result.weights()));
        InspectionMapper.DrawRow row = new InspectionMapper.DrawRow();
        row.planId = planId;
        row.seed = result.seed();
        try {
            row.record = json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        row.sha256 = sha256(row.record);
        row.drawnBy = actor;
        row.drawnAt = now;
        mapper.insertDraw(row);
        return row.id;
    }

    public DrawRecord record(long id) {
        InspectionMapper.DrawRow row = mapper.draw(id);
        if (row == null) {
            throw new NotFoundException("抽取记录不存在");
        }
        Stored s = read(row);
        Map<String, String> names = s.pool().stream()
                .collect(Collectors.toMap(DrawRecord.Inspector::username, DrawRecord.Inspector::displayName));
        Function<Long, String> institution = i -> institutions.find(i).map(Institution::name).orElse("#" + i);
        List<DrawRecord.TargetView> targets = s.targets().stream().map(t -> new DrawRecord.TargetView(t.institutionId(),
                institution.apply(t.institutionId()), t.inspectors(),
                t.inspectors().stream().map(names::get).toList())).toList();
        List<DrawRecord.ExclusionView> exclusions = s.exclusions().stream().map(e -> new DrawRecord.ExclusionView(
                e.inspector(), names.get(e.inspector()), e.institutionId(), e.reason().name(), e.reason().label(),
                e.detail())).toList();
        String planCaseNo = mapper.plan(row.planId).caseNo;
        return new DrawRecord(row.id, row.planId, planCaseNo, row.seed, s.population().size(), s.population(),
                s.pool(), targets, exclusions, row.sha256, sha256(row.record).equals(row.sha256), row.drawnBy,
                row.drawnAt, s.weights() == null ? Map.of() : s.weights());
    }

    public DrawRecord.Public publicRecord(long id) {
        DrawRecord r = record(id);
        InspectionMapper.PlanRow plan = mapper.plan(r.planId());
        return new DrawRecord.Public(r.id(), plan.name, r.planCaseNo(), r.seed(), r.population(), r.populationIds(),
                r.pool().stream().map(DrawRecord.Inspector::displayName).toList(),
                r.targets().stream().map(t -> new DrawRecord.PublicTarget(t.institutionId(), t.institutionName(),
                        t.inspectorNames())).toList(),
                r.exclusions().stream().map(e -> new DrawRecord.PublicExclusion(e.inspectorName(), e.institutionId(),
                        e.reason(), e.reasonLabel())).toList(), r.sha256(), r.intact(), r.drawnAt(), r.weights());
    }

    private Stored read(InspectionMapper.DrawRow row) {
        try {
            return json.readValue(row.record, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("抽取记录无法读取：" + row.id, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
