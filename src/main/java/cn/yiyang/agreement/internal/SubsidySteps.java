package cn.yiyang.agreement.internal;

import cn.yiyang.agreement.SubsidyClaim;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** CIVIL reviews, the CIVIL LEADER approves (the approval is recorded), FINANCE pays with the voucher number. */
@Component
class SubsidySteps implements TaskOutcomeHandler {

    private static final Set<String> TASKS = Set.of("Task_CivilReview", "Task_CivilApprove", "Task_FinancePay");

    private final SubsidyMapper subsidies;
    private final CaseService cases;
    private final Notices notices;
    private final Clock clock;

    SubsidySteps(SubsidyMapper subsidies, CaseService cases, Notices notices, Clock clock) {
        this.subsidies = subsidies;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SubsidyRules.PROCESS.equals(processKey) && TASKS.contains(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        if ("REFUSE".equals(done.outcome())) {
            new FieldErrors.Collector().check(done.comment() != null && !done.comment().isBlank(), "comment",
                    "不予补助时请写明理由").throwIfAny();
            cases.close(c.id(), CaseStatus.REFUSED, actor, "不予补助：" + done.comment());
            notices.tellApplicant(c, "补助申请未获批准：" + c.caseNo(), done.comment());
            return Map.of();
        }
        switch (done.taskKey()) {
            case "Task_CivilReview" -> {
                cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, actor, "民政局审核通过，待负责人审批");
                notices.tellRole("CIVIL", Role.LEADER, c.id(), "待审批补助：" + c.caseNo(), c.title());
            }
            case "Task_CivilApprove" -> {
                subsidies.approve(c.id(), LocalDateTime.now(clock), actor);
                cases.changeStatus(c.id(), CaseStatus.REGISTERING, actor, "已批准，待财政局拨付");
                notices.tellRole("FINANCE", Role.REVIEWER, c.id(), "待拨付补助：" + c.caseNo(), c.title());
            }
            case "Task_FinancePay" -> {
                Object voucher = done.fields() == null ? null : done.fields().get("voucherNo");
                new FieldErrors.Collector().check(voucher != null && !voucher.toString().isBlank(), "voucherNo",
                        "请填写拨付凭证号").throwIfAny();
                subsidies.pay(c.id(), voucher.toString().strip(), LocalDateTime.now(clock), actor);
                SubsidyClaim claim = subsidies.find(c.id());
                cases.close(c.id(), CaseStatus.CLOSED, actor, "已拨付补助 " + claim.amount() + " 元，凭证号 " + voucher);
                notices.tellApplicant(c, "补助已拨付：" + c.caseNo(), "拨付 " + claim.amount() + " 元，凭证号 " + voucher + "。");
            }
            default -> throw new IllegalStateException(done.taskKey());
        }
        return Map.of();
    }
}
