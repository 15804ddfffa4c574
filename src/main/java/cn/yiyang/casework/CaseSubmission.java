package cn.yiyang.casework;

import cn.yiyang.casework.internal.StepMapper;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a draft, withdrawing a case and answering a supplement notice: the same for every matter. One
 * transaction each, across the case tables and the engine.
 */
@Service
public class CaseSubmission {

    public static final String SUPPLEMENT_TASK = "Task_Supplement";
    public static final String SUPPLEMENTED = "SUPPLEMENTED";

    private final CaseService cases;
    private final MaterialService materials;
    private final TaskInbox inbox;
    private final Notices notices;
    private final Map<Matter, MatterRules> rules;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final StepMapper steps;

    CaseSubmission(CaseService cases, MaterialService materials, TaskInbox inbox, Notices notices,
                   List<MatterRules> rules, org.camunda.bpm.engine.RuntimeService runtime, StepMapper steps) {
        this.cases = cases;
        this.materials = materials;
        this.inbox = inbox;
        this.notices = notices;
        this.rules = rules.stream().collect(Collectors.toMap(MatterRules::matter, Function.identity()));
        this.runtime = runtime;
        this.steps = steps;
    }

    /** Starts the matter's process; refuses (422) while a required material is missing, 409 if already submitted. */
    @Transactional
    public CaseInfo submit(CurrentUser user, String caseNo) {
        CaseInfo c = cases.lockOwnCase(user, caseNo); // a second submit waits here, then finds it submitted
        if (c.status() != CaseStatus.DRAFT) {
            throw new ConflictException("案件已提交（" + c.status().label() + "），不会重复提交");
        }
        MatterRules rule = rules.get(c.matter());
        List<String> missing = materials.required(c).stream().filter(r -> !r.provided())
                .map(CaseView.RequiredMaterial::name).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("MATERIALS_MISSING", "以下必需材料尚未上传：" + String.join("、", missing));
        }
        cases.startClock(c.id(), cases.today(), rule.acceptanceLimitWorkingDays(), user.username());
        Map<String, Object> vars = new HashMap<>(rule.routingVariables(c));
        if (c.institutionId() != null) {
            vars.put("applicantGroup", cn.yiyang.identity.CurrentUser.institutionGroup(c.institutionId()));
        }
        CaseInfo submitted = cases.submit(user, c.id(), rule.processKey(), rule.statusOnSubmit(), vars);
        notices.tellApplicant(submitted, "已收到您的申请 " + c.caseNo(),
                c.matter().label() + "已提交，审查期限截止 " + submitted.dueDate() + "。");
        return submitted;
    }

    /** The applicant has answered a supplement notice: completes its open supplement task; the clock runs again. */
    @Transactional
    public CaseInfo answerSupplement(CurrentUser user, String caseNo, String comment) {
        CaseInfo c = cases.lockOwnCase(user, caseNo);
        if (c.status() != CaseStatus.SUPPLEMENTING && steps.passed(c.id(), SUPPLEMENT_TASK)) {
            throw new ConflictException("补正已提交（案件当前状态：" + c.status().label() + "），请刷新");
        }
        if (c.status() != CaseStatus.SUPPLEMENTING) {
            throw new BusinessRuleException("NOT_SUPPLEMENTING", "案件当前不在补正中（" + c.status().label() + "）");
        }
        String taskId = inbox.openTaskOf(user, c.id(), SUPPLEMENT_TASK)
                .orElseThrow(() -> new ConflictException("补正任务已处理，请刷新"));
        inbox.complete(user, taskId, SUPPLEMENTED, comment, Map.of());
        return cases.get(c.id());
    }

    /** The applicant withdraws its case: the process ends, the case closes as 已撤回. */
    @Transactional
    public CaseInfo withdraw(CurrentUser user, String caseNo, String reason) {
        CaseInfo c = cases.lockOwnCase(user, caseNo);
        if (c.status().isTerminal()) {
            throw new ConflictException("案件已办结（" + c.status().label() + "），不能撤回");
        }
        if (c.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(c.processInstanceId(), "申请人撤回：" + reason, false, true);
        }
        cases.close(c.id(), CaseStatus.WITHDRAWN, user.username(), reason);
        notices.tellApplicant(c, "案件 " + c.caseNo() + " 已撤回", reason);
        return cases.get(c.id());
    }
}
