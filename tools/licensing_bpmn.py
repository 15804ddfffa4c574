"""Generates processes/licence-2in1.bpmn (设置审批与执业登记"两证合一"), processes/licence-checks.bpmn (校验 reminders) and
processes/licence-supervision.bpmn (定期监督检查)."""
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import write

ROOT = os.path.join(os.path.dirname(__file__), "..", "processes")


def outcome(code):
    return [("start", "${execution.setVariable('licenceOutcome', '%s')}" % code)]


def user(id, name, x, y, group, due, outcomes, fields=""):
    return dict(id=id, kind="userTask", name=name, x=x, y=y,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": due},
                props={"outcomes": outcomes, "fields": fields})


def timer(id, name, x, y, attached, expression, cancel):
    return dict(id=id, kind="boundaryEvent", name=name, x=x, y=y,
                attrs={"attachedToRef": attached, "cancelActivity": cancel}, timer=expression)


def service(id, name, x, y, bean):
    return dict(id=id, kind="serviceTask", name=name, x=x, y=y, attrs={"camunda:delegateExpression": "${%s}" % bean})


def flow(id, source, target, name=None, cond=None, via=None):
    f = {"id": id, "from": source, "to": target}
    if name:
        f["name"] = name
    if cond:
        f["cond"] = "${outcome == '%s'}" % cond
    if via:
        f["via"] = via
    return f


CASE_DUE = "${deadlines.caseDue(execution)}"
CASE_TIMER = "${deadlines.caseTimer(execution)}"

nodes = [
    dict(id="Event_Received", kind="startEvent", name="收到申请", x=100, y=202),
    user("Task_CheckCompleteness", "受理审查", 180, 180, "HEALTH_REVIEWER", CASE_DUE, "ACCEPT,SUPPLEMENT,REJECT", "missing"),
    timer("Timer_CaseDeadline_Acceptance", "5个工作日届满", 262, 162, "Task_CheckCompleteness", CASE_TIMER, "true"),
    service("Task_DeemAccepted", "视为受理（行政许可法第32条）", 330, 40, "deemAcceptance"),
    dict(id="Gateway_Completeness", kind="exclusiveGateway", name="受理结果", x=355, y=195),
    dict(id="Event_NotAccepted", kind="endEvent", name="不予受理", x=362, y=330, listeners=outcome("NOT_ACCEPTED")),
    user("Task_Supplement", "补正材料", 480, 300, "${applicantGroup}", "${supplementTimers.expiry(execution)}", "SUPPLEMENTED"),
    timer("Timer_SupplementReminder", "到期前提醒", 492, 362, "Task_Supplement", "${supplementTimers.reminder(execution)}", "false"),
    service("Task_RemindApplicant", "提醒申请人补正", 460, 440, "remindSupplement"),
    dict(id="Event_Reminded", kind="endEvent", name="已提醒", x=492, y=560),
    timer("Timer_SupplementExpired", "补正期限届满", 562, 362, "Task_Supplement", "${supplementTimers.expiry(execution)}", "true"),
    service("Task_WithdrawUnanswered", "逾期未补正，视为撤回", 640, 440, "withdrawUnanswered"),
    dict(id="Event_Withdrawn", kind="endEvent", name="已撤回", x=672, y=560, listeners=outcome("WITHDRAWN")),
    dict(id="Gateway_Accepted", kind="exclusiveGateway", name="", x=520, y=195),
    user("Task_Review", "材料审查", 620, 180, "HEALTH_REVIEWER", CASE_DUE, "APPROVE,REFUSE", "onsiteDays"),
    timer("Timer_CaseDeadline_Review", "决定期限届满", 702, 162, "Task_Review", CASE_TIMER, "false"),
    service("Task_ReviewOverdue", "超期提醒负责人", 660, 20, "licenceOverdue"),
    dict(id="Event_ReviewOverdueNoted", kind="endEvent", name="已提醒", x=842, y=42),
    dict(id="Gateway_Review", kind="exclusiveGateway", name="审查意见", x=800, y=195),
    dict(id="Gateway_OnsiteSplit", kind="parallelGateway", name="现场核验（两人）", x=900, y=195),
    user("Task_VerifyOnSite_A", "现场核验（核验人一）", 990, 110, "HEALTH_REVIEWER,HEALTH_INSPECTOR",
         "${deadlines.workingDays(onsiteDays)}", "VERIFIED,NOT_VERIFIED"),
    user("Task_VerifyOnSite_B", "现场核验（核验人二）", 990, 250, "HEALTH_REVIEWER,HEALTH_INSPECTOR",
         "${deadlines.workingDays(onsiteDays)}", "VERIFIED,NOT_VERIFIED"),
    dict(id="Gateway_OnsiteJoin", kind="parallelGateway", name="", x=1160, y=195),
    service("Task_OnsiteFinished", "核验结束，恢复计时", 1250, 180, "licenceOnsiteFinished"),
    user("Task_Decide", "许可决定", 1440, 180, "HEALTH_LEADER", CASE_DUE, "APPROVE,REFUSE,EXTEND"),
    timer("Timer_CaseDeadline_Decision", "决定期限届满", 1522, 162, "Task_Decide", CASE_TIMER, "false"),
    service("Task_DecisionOverdue", "超期提醒负责人", 1480, 20, "licenceOverdue"),
    dict(id="Event_DecisionOverdueNoted", kind="endEvent", name="已提醒", x=1662, y=42),
    dict(id="Gateway_Decision", kind="exclusiveGateway", name="决定", x=1620, y=195),
    dict(id="Event_Refused", kind="endEvent", name="不予许可", x=1702, y=300, listeners=outcome("REFUSED")),
    user("Task_Deliver", "送达执业许可证", 1740, 180, "HEALTH_REVIEWER", CASE_DUE, "DELIVER"),
    dict(id="Event_Licensed", kind="endEvent", name="已发证", x=1920, y=202, listeners=outcome("LICENSED")),
]
flows = [
    flow("Flow_Received", "Event_Received", "Task_CheckCompleteness"),
    flow("Flow_Checked", "Task_CheckCompleteness", "Gateway_Completeness"),
    flow("Flow_Accept", "Gateway_Completeness", "Gateway_Accepted", "受理", "ACCEPT"),
    flow("Flow_Reject", "Gateway_Completeness", "Event_NotAccepted", "不予受理", "REJECT"),
    flow("Flow_Supplement", "Gateway_Completeness", "Task_Supplement", "一次性告知补正", "SUPPLEMENT", [(380, 340)]),
    flow("Flow_Supplemented", "Task_Supplement", "Task_CheckCompleteness", "已补正", via=[(540, 270), (240, 270)]),
    flow("Flow_Remind", "Timer_SupplementReminder", "Task_RemindApplicant"),
    flow("Flow_Reminded", "Task_RemindApplicant", "Event_Reminded"),
    flow("Flow_Expired", "Timer_SupplementExpired", "Task_WithdrawUnanswered"),
    flow("Flow_Withdrawn", "Task_WithdrawUnanswered", "Event_Withdrawn"),
    flow("Flow_Timeout", "Timer_CaseDeadline_Acceptance", "Task_DeemAccepted", via=[(280, 80)]),
    flow("Flow_Deemed", "Task_DeemAccepted", "Gateway_Accepted", via=[(545, 80)]),
    flow("Flow_ToReview", "Gateway_Accepted", "Task_Review"),
    flow("Flow_ReviewLate", "Timer_CaseDeadline_Review", "Task_ReviewOverdue"),
    flow("Flow_ReviewLateNoted", "Task_ReviewOverdue", "Event_ReviewOverdueNoted"),
    flow("Flow_Reviewed", "Task_Review", "Gateway_Review"),
    flow("Flow_ToOnsite", "Gateway_Review", "Gateway_OnsiteSplit", "现场核验", "APPROVE"),
    flow("Flow_ReviewRefuse", "Gateway_Review", "Task_Decide", "建议不予许可", "REFUSE", [(825, 380), (1500, 380)]),
    flow("Flow_OnsiteA", "Gateway_OnsiteSplit", "Task_VerifyOnSite_A"),
    flow("Flow_OnsiteB", "Gateway_OnsiteSplit", "Task_VerifyOnSite_B"),
    flow("Flow_VerifiedA", "Task_VerifyOnSite_A", "Gateway_OnsiteJoin"),
    flow("Flow_VerifiedB", "Task_VerifyOnSite_B", "Gateway_OnsiteJoin"),
    flow("Flow_OnsiteDone", "Gateway_OnsiteJoin", "Task_OnsiteFinished"),
    flow("Flow_ToDecide", "Task_OnsiteFinished", "Task_Decide"),
    flow("Flow_DecisionLate", "Timer_CaseDeadline_Decision", "Task_DecisionOverdue"),
    flow("Flow_DecisionLateNoted", "Task_DecisionOverdue", "Event_DecisionOverdueNoted"),
    flow("Flow_Decided", "Task_Decide", "Gateway_Decision"),
    flow("Flow_Approve", "Gateway_Decision", "Task_Deliver", "准予许可", "APPROVE"),
    flow("Flow_Refuse", "Gateway_Decision", "Event_Refused", "不予许可", "REFUSE", [(1645, 318)]),
    flow("Flow_Extend", "Gateway_Decision", "Task_Decide", "延长10个工作日", "EXTEND", [(1645, 150), (1470, 150)]),
    flow("Flow_Delivered", "Task_Deliver", "Event_Licensed"),
]
CALLABLE = ("Callable as a call activity (e.g. the medical part of the single-window application, DOMAIN.md 2.3). "
            "In: caseId (the case the licence belongs to; its licence_application row exists), applicantGroup (the "
            "applicant institution's group, for Task_Supplement). Out: licenceOutcome = LICENSED | REFUSED | "
            "NOT_ACCEPTED | WITHDRAWN. Caller: <camunda:in source=\"caseId\" target=\"caseId\"/> "
            "<camunda:in source=\"applicantGroup\" target=\"applicantGroup\"/> "
            "<camunda:out source=\"licenceOutcome\" target=\"licenceOutcome\"/>. Statutory timers are the ones whose "
            "id starts with Timer_CaseDeadline: pauses (supplement, on-site verification) and the extension move them.")
write(os.path.join(ROOT, "licence-2in1.bpmn"), "licence-2in1", "医疗机构设置审批与执业登记（两证合一）", nodes, flows,
      "设置审批与执业登记两证合一 (DOMAIN.md 2.2; 行政许可法 Arts. 32, 42, 44, 45, 82): accept within 5 working days "
      "(supplement, deemed acceptance), document review, on-site verification by two people with the clock paused, "
      "decision by the LEADER within 20 working days (one extension by 10), delivery within 10 working days. "
      "Generated by tools/licensing_bpmn.py", CALLABLE)

check_nodes = [
    dict(id="Event_Licensed", kind="startEvent", name="已发证", x=100, y=122),
    dict(id="Timer_CheckReminder", kind="intermediateCatchEvent", name="校验前30日", x=200, y=122,
         timer="${licenceChecks.remindAt(execution)}"),
    service("Task_RemindCheck", "提醒机构校验", 300, 100, "licenceChecks"),
    dict(id="Gateway_MoreChecks", kind="exclusiveGateway", name="有效期内还有校验？", x=480, y=115),
    dict(id="Event_ValidityEnds", kind="endEvent", name="有效期届满", x=600, y=122),
]
check_flows = [
    flow("Flow_Wait", "Event_Licensed", "Timer_CheckReminder"),
    flow("Flow_Remind", "Timer_CheckReminder", "Task_RemindCheck"),
    flow("Flow_Reminded", "Task_RemindCheck", "Gateway_MoreChecks"),
    dict(id="Flow_Next", name="下一次校验", cond="${licenceChecks.more(execution)}", via=[(505, 50), (218, 50)],
         **{"from": "Gateway_MoreChecks", "to": "Timer_CheckReminder"}),
    dict(id="Flow_Done", name="否", cond="${!licenceChecks.more(execution)}",
         **{"from": "Gateway_MoreChecks", "to": "Event_ValidityEnds"}),
]
write(os.path.join(ROOT, "licence-checks.bpmn"), "licence-checks", "医疗机构执业许可证校验提醒", check_nodes, check_flows,
      "校验 of a 医疗机构执业许可证 (《医疗机构管理条例》): yearly under 100 beds, every 3 years at 100 or more; the "
      "institution is reminded 30 days before each check within the 5-year validity. Generated by tools/licensing_bpmn.py")

# 定期监督检查 of a licensed medical institution: first within 3 months of issue, then every 6 months within the validity.
supervision_nodes = [
    dict(id="Event_Licensed", kind="startEvent", name="已发证", x=100, y=122),
    dict(id="Timer_NextRound", kind="intermediateCatchEvent", name="到期前30日", x=200, y=122,
         timer="${licenceSupervision.openAt(execution)}"),
    service("Task_StartInspection", "发起监督检查", 300, 100, "licenceSupervision"),
    dict(id="Gateway_MoreRounds", kind="exclusiveGateway", name="有效期内还有检查？", x=480, y=115),
    dict(id="Event_ValidityEnds", kind="endEvent", name="有效期届满", x=600, y=122),
]
supervision_flows = [
    flow("Flow_Wait", "Event_Licensed", "Timer_NextRound"),
    flow("Flow_Due", "Timer_NextRound", "Task_StartInspection"),
    flow("Flow_Opened", "Task_StartInspection", "Gateway_MoreRounds"),
    dict(id="Flow_Next", name="下一次检查", cond="${licenceSupervision.more(execution)}", via=[(505, 50), (218, 50)],
         **{"from": "Gateway_MoreRounds", "to": "Timer_NextRound"}),
    dict(id="Flow_Done", name="否", cond="${!licenceSupervision.more(execution)}",
         **{"from": "Gateway_MoreRounds", "to": "Event_ValidityEnds"}),
]
write(os.path.join(ROOT, "licence-supervision.bpmn"), "licence-supervision", "医疗机构监督检查排期", supervision_nodes,
      supervision_flows,
      "Scheduled supervision of a licensed medical institution (issue 6 item 7): first within 3 months of issue, then "
      "every 6 months within the validity; 30 days before each round is due (at once if that has passed) it opens an "
      "inspection case (SupervisionDue → cn.yiyang.inspection). Generated by tools/licensing_bpmn.py")

# 变更登记 (名称, 地址, 负责人, 诊疗科目, 床位): the same acceptance, decision and delivery, without review and on-site.
ACCEPTANCE = {"Event_Received", "Task_CheckCompleteness", "Timer_CaseDeadline_Acceptance", "Task_DeemAccepted",
              "Gateway_Completeness", "Event_NotAccepted", "Task_Supplement", "Timer_SupplementReminder",
              "Task_RemindApplicant", "Event_Reminded", "Timer_SupplementExpired", "Task_WithdrawUnanswered",
              "Event_Withdrawn", "Gateway_Accepted"}
DECISION = {"Task_Decide", "Timer_CaseDeadline_Decision", "Task_DecisionOverdue", "Event_DecisionOverdueNoted",
            "Gateway_Decision", "Event_Refused", "Task_Deliver", "Event_Licensed"}
SHIFT = 820
RENAME = {"Task_Decide": "变更决定", "Event_Refused": "不予变更", "Task_Deliver": "送达变更后的执业许可证",
          "Event_Licensed": "已换发执业许可证"}
change_nodes = [n for n in nodes if n["id"] in ACCEPTANCE]
for n in nodes:
    if n["id"] in DECISION:
        change_nodes.append(dict(n, x=n["x"] - SHIFT, name=RENAME.get(n["id"], n["name"])))
change_flows = [f for f in flows if f["from"] in ACCEPTANCE and f["to"] in ACCEPTANCE]
change_flows.append(flow("Flow_ToDecide", "Gateway_Accepted", "Task_Decide"))
for f in flows:
    if f["from"] in DECISION and f["to"] in DECISION:
        change_flows.append(dict(f, via=[(x - SHIFT, y) for x, y in f.get("via", [])]) if "via" in f else f)
write(os.path.join(ROOT, "licence-change.bpmn"), "licence-change", "医疗机构变更登记", change_nodes, change_flows,
      "变更登记 of a 医疗机构执业许可证 (名称, 地址, 负责人, 诊疗科目, 床位; 《医疗机构管理条例》 Art. 20): the acceptance "
      "step of casework (5 working days, supplement, deemed acceptance), the decision by the LEADER within 20 working "
      "days (one extension by 10), delivery of the changed licence within 10 working days. Out: licenceOutcome. "
      "Generated by tools/licensing_bpmn.py")
