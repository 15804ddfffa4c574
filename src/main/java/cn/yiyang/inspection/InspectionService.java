package cn.yiyang.inspection;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.internal.DrawStore;
import cn.yiyang.inspection.internal.InspectionMapper;
import cn.yiyang.inspection.internal.InspectionMapper.CheckItemRow;
import cn.yiyang.inspection.internal.InspectionMapper.PlanRow;
import cn.yiyang.inspection.internal.InspectionRules;
import cn.yiyang.inspection.internal.TargetCases;
import cn.yiyang.inspection.internal.Withdrawals;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双随机、一公开: the check-item catalogue, plans (a case of matter INSPECTION that the department's LEADER approves)
 * and the reproducible draw whose record is stored append-only and published.
 */
@Service
public class InspectionService {

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final AccountService accounts;
    private final DrawStore draws;
    private final Notices notices;
    private final TargetCases targets;
    private final TaskInbox inbox;
    private final Withdrawals withdrawals;
    private final Clock clock;

    InspectionService(InspectionMapper mapper, CaseService cases, AccountService accounts, DrawStore draws,
                      Notices notices, TargetCases targets, TaskInbox inbox, Withdrawals withdrawals, Clock clock) {
        this.withdrawals = withdrawals;
        this.inbox = inbox;
        this.targets = targets;
        this.mapper = mapper;
        this.cases = cases;
        this.accounts = accounts;
        this.draws = draws;
        this.notices = notices;
        this.clock = clock;
    }

    // ---- 随机抽查事项清单

    @Transactional(readOnly = true)
    public List<CheckItem> checkItems() {
        return mapper.checkItems().stream().map(InspectionService::item).toList();
    }

    /** Adds ({@code creating}) or edits a check item; ADMIN or SUPERVISOR only. */
    @Transactional
    public CheckItem saveCheckItem(CurrentUser user, CheckItemForm form, boolean creating) {
        if (!user.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedProblem("只有管理员或监督管理人员可以维护随机抽查事项清单");
        }
        boolean exists = mapper.checkItem(form.code()) != null;
        if (creating && exists) {
            throw new ConflictException("检查事项代码已存在：" + form.code());
        }
        if (!creating && !exists) {
            throw new NotFoundException("检查事项不存在：" + form.code());
        }
        new FieldErrors.Collector().check(mapper.departmentExists(form.department()) > 0, "department", "实施部门不存在")
                .throwIfAny();
        CheckItemRow row = new CheckItemRow(form.code(), form.name().strip(), form.basis().strip(), form.department(),
                form.method().strip());
        if (creating) {
            mapper.insertCheckItem(row, user.username(), LocalDateTime.now(clock));
        } else {
            mapper.updateCheckItem(row, user.username(), LocalDateTime.now(clock));
        }
        return item(row);
    }

    // ---- 抽查计划

    /** A SUPERVISOR creates a plan: a case of matter INSPECTION waiting for the department LEADER's approval. */
    @Transactional
    public InspectionPlan createPlan(CurrentUser user, InspectionPlanRequest r) {
        if (!user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedProblem("只有监督管理人员可以制定抽查计划");
        }
        check(r);
        CaseInfo c = cases.createDraft(user, Matter.INSPECTION, null, accounts.departments().stream()
                .filter(d -> d.code().equals(r.department())).findFirst().orElseThrow().name(), r.name().strip());
        PlanRow row = new PlanRow();
        row.caseId = c.id();
        row.name = r.name().strip();
        row.department = r.department();
        row.items = String.join(",", r.items().stream().map(String::strip).distinct().toList());
        row.populationType = blankToNull(r.population().type());
        row.hasInternalMedical = r.population().hasInternalMedical();
        row.township = blankToNull(r.population().township());
        row.proportion = r.proportion();
        row.inspectorsPerTarget = r.inspectorsPerTarget();
        row.periodStart = r.periodStart();
        row.periodEnd = r.periodEnd();
        row.weighted = Boolean.TRUE.equals(r.weighted());
        row.status = InspectionPlan.PENDING_APPROVAL;
        row.createdBy = user.username();
        row.createdAt = LocalDateTime.now(clock);
        mapper.insertPlan(row);
        cases.submit(user, c.id(), InspectionRules.PLAN_PROCESS, CaseStatus.PENDING_DECISION,
                Map.of("leaderGroup", CurrentUser.group(r.department(), Role.LEADER)));
        notices.tellRole(r.department(), Role.LEADER, c.id(), "待审批抽查计划：" + c.caseNo(), row.name);
        return plan(mapper.plan(row.id));
    }

    private void check(InspectionPlanRequest r) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        boolean department = mapper.departmentExists(r.department()) > 0;
        errors.check(department, "department", "实施部门不存在");
        Set<String> known = mapper.checkItems().stream().filter(i -> i.department().equals(r.department()))
                .map(CheckItemRow::code).collect(Collectors.toSet());
        List<String> unknown = r.items().stream().map(String::strip).filter(c -> !known.contains(c)).toList();
        errors.check(!department || unknown.isEmpty(), "items",
                "不在该部门随机抽查事项清单中的事项：" + String.join("、", unknown));
        String type = blankToNull(r.population().type());
        errors.check(type == null || Arrays.stream(InstitutionType.values()).anyMatch(t -> t.name().equals(type)),
                "population.type", "机构类型不存在");
        errors.check(!r.periodEnd().isBefore(r.periodStart()), "periodEnd", "计划结束日期不能早于开始日期");
        errors.throwIfAny();
    }

    @Transactional(readOnly = true)
    public InspectionPlan plan(CurrentUser user, long id) {
        PlanRow row = mapper.plan(id);
        if (row == null) {
            throw new NotFoundException("抽查计划不存在");
        }
        cases.visible(user, row.caseNo);
        return plan(row);
    }

    /** The plans of the caller's region, newest first; staff only (the plan list). */
    @Transactional(readOnly = true)
    public PageResult<InspectionPlan> plans(CurrentUser user, PageRequest page) {
        if (!user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.INSPECTOR, Role.ADMIN)) {
            throw new AccessDeniedProblem("只有监督管理、负责人和检查人员可以查看抽查计划");
        }
        List<InspectionPlan> items = mapper.plans(user.regionCode(), page.size(), page.offset()).stream()
                .map(InspectionService::plan).toList();
        return new PageResult<>(items, page.page(), page.size(), mapper.countPlans(user.regionCode()));
    }

    /** The plan whose case this is, if it is a plan's case (the case view shows the plan above its steps). */
    @Transactional(readOnly = true)
    public java.util.Optional<InspectionPlan> planOfCase(CurrentUser user, String caseNo) {
        return java.util.Optional.ofNullable(mapper.planOfCase(cases.visible(user, caseNo).id()))
                .map(InspectionService::plan);
    }

    /** The inspections a plan's draw opened, one per target. */
    @Transactional(readOnly = true)
    public List<Inspection> inspections(CurrentUser user, long planId) {
        plan(user, planId);
        return mapper.inspections(planId);
    }

    /** The scheduled supervisions (定期监督检查) a filing or licence case has opened, oldest first; staff only. */
    @Transactional(readOnly = true)
    public List<Inspection> scheduledInspections(CurrentUser user, String sourceCaseNo) {
        if (!user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.INSPECTOR, Role.REVIEWER, Role.ADMIN)) {
            throw new AccessDeniedProblem("只有工作人员可以查看定期监督检查");
        }
        cases.visible(user, sourceCaseNo);
        return mapper.inspectionsOfSource(sourceCaseNo);
    }

    /**
     * 一公开: the department's LEADER publishes a plan's results (谁检查、谁公开) once every inspection is signed, by
     * completing the plan case's Task_Publish (the same step as in the inbox).
     */
    @Transactional
    public InspectionPlan publish(CurrentUser user, long planId) {
        PlanRow plan = mapper.lockPlan(planId);
        if (plan == null) {
            throw new NotFoundException("抽查计划不存在");
        }
        if (!user.has(Role.LEADER) || !plan.department.equals(user.departmentCode())) {
            throw new AccessDeniedProblem("抽查结果由实施部门负责人审核公开");
        }
        if (mapper.publishedAt(planId) != null) {
            throw new ConflictException("抽查结果已公开");
        }
        List<Inspection> open = mapper.inspections(planId).stream().filter(i -> i.result() == null).toList();
        String task = InspectionPlan.INSPECTED.equals(plan.status)
                ? inbox.openTaskOf(user, plan.caseId, InspectionRules.TASK_PUBLISH).orElse(null) : null;
        if (task == null) {
            throw new BusinessRuleException("INSPECTIONS_UNFINISHED", "尚有检查未完成签名，不能公开："
                    + String.join("、", open.stream().map(Inspection::caseNo).toList()));
        }
        inbox.complete(user, task, "PUBLISH", null, Map.of());
        return plan(user, planId);
    }

    @Transactional(readOnly = true)
    public List<PublishedResult> publishedResults(int year) {
        return mapper.publishedResults(year);
    }

    /** The 通报 of a year, newest first (public). */
    @Transactional(readOnly = true)
    public List<Circular> circulars(int year) {
        return mapper.circulars(java.time.LocalDate.of(year, 1, 1).atStartOfDay(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    /** Every draw of a year, newest first (the draw records are public from the moment they are made). */
    @Transactional(readOnly = true)
    public List<PublicDraw> publicDraws(int year) {
        return mapper.publicDraws(java.time.LocalDate.of(year, 1, 1).atStartOfDay(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    // ---- 双随机

    /**
     * Draws targets and inspectors for an approved plan with the caller's seed; the record is stored once and never
     * changed. 422 when the population is empty or the pool, after withdrawals, cannot staff a target.
     */
    @Transactional
    public DrawRecord draw(CurrentUser user, long planId, long seed) {
        if (!user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedProblem("只有监督管理人员可以组织抽取");
        }
        PlanRow plan = mapper.lockPlan(planId);
        if (plan == null) {
            throw new NotFoundException("抽查计划不存在");
        }
        if (InspectionPlan.DRAWN.equals(plan.status) || InspectionPlan.INSPECTED.equals(plan.status)) {
            throw new ConflictException("该计划已抽取，抽取记录不可更改");
        }
        if (!InspectionPlan.APPROVED.equals(plan.status)) {
            throw new BusinessRuleException("PLAN_NOT_APPROVED", "抽查计划须经负责人批准后方可抽取");
        }
        List<Long> population = mapper.population(user.regionCode(), plan.populationType, plan.hasInternalMedical,
                plan.township);
        if (population.isEmpty()) {
            throw new BusinessRuleException("EMPTY_POPULATION", "抽查对象范围内没有机构");
        }
        List<String> pool = accounts.usernamesOf(plan.department, Role.INSPECTOR);
        Draw.Result result;
        try {
            // 加权: earlier failures drawn FAILURE_WEIGHT times as likely (the weights are stored with the record)
            Map<Long, Integer> weights = plan.weighted ? mapper.earlierFailures(population).stream().collect(
                    Collectors.toMap(i -> i, i -> InspectionPlanRequest.FAILURE_WEIGHT)) : Map.of();
            result = Draw.run(seed, population, pool, plan.proportion, plan.inspectorsPerTarget, withdrawals.all(), weights);
        } catch (Draw.PoolTooSmall e) {
            throw new BusinessRuleException("POOL_TOO_SMALL", "执法人员库回避后不足：机构 " + e.institutionId() + " 仅有 "
                    + e.available() + " 名可抽取人员，每个对象需要 " + plan.inspectorsPerTarget + " 名（《行政处罚法》第四十二条）",
                    Map.of("institutionId", e.institutionId(), "available", e.available()));
        }
        long id = draws.store(plan.id, result, user.username());
        mapper.updatePlanStatus(plan.id, InspectionPlan.DRAWN);
        targets.open(user, plan, id, result.targets());
        cases.changeStatus(plan.caseId, CaseStatus.ONSITE, user.username(), "双随机抽取完成，种子 " + seed + "，抽取对象 "
                + result.targets().size() + " 家");
        return draws.record(id);
    }

    @Transactional(readOnly = true)
    public DrawRecord drawRecord(CurrentUser user, long drawId) {
        DrawRecord record = draws.record(drawId);
        plan(user, record.planId());
        return record;
    }

    @Transactional(readOnly = true)
    public DrawRecord.Public publicDraw(long drawId) {
        return draws.publicRecord(drawId);
    }

    /** 回避 declared by or for an inspector (relative, former employee …); applies to every later draw. */
    @Transactional
    public void declareConflict(CurrentUser user, String inspector, long institutionId, String reason) {
        if (!user.hasAny(Role.ADMIN, Role.SUPERVISOR) && !user.username().equals(inspector)) {
            throw new AccessDeniedProblem("只能申报本人的回避事项");
        }
        Account account = accounts.find(inspector).orElseThrow(() -> new NotFoundException("账号不存在：" + inspector));
        mapper.insertConflict(account.username(), institutionId, reason, LocalDateTime.now(clock));
    }

    private static InspectionPlan plan(PlanRow r) {
        return new InspectionPlan(r.id, r.caseNo, r.name, r.department, List.of(r.items.split(",")),
                new InspectionPlanRequest.Population(r.populationType, r.hasInternalMedical, r.township), r.proportion,
                r.inspectorsPerTarget, r.periodStart, r.periodEnd, r.status, r.drawId, r.publishedAt, r.weighted);
    }

    private static CheckItem item(CheckItemRow r) {
        return new CheckItem(r.code(), r.name(), r.basis(), r.department(), r.method());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
