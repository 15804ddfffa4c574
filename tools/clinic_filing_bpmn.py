"""Generates processes/clinic-filing.bpmn (养老机构内设医疗机构备案) and processes/clinic-supervision.bpmn."""
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import write

ROOT = os.path.join(os.path.dirname(__file__), "..", "processes")

nodes = [
    dict(id="Event_Received", kind="startEvent", name="收到备案", x=100, y=202),
    dict(id="Task_CheckCompleteness", kind="userTask", name="材料完整性审查", x=180, y=180,
         attrs={"camunda:candidateGroups": "HEALTH_REVIEWER", "camunda:dueDate": "${deadlines.caseDue(execution)}"},
         props={"outcomes": "ACCEPT,SUPPLEMENT,REJECT", "fields": "missing"}),
    dict(id="Timer_CaseDeadline_Acceptance", kind="boundaryEvent", name="5个工作日届满", x=262, y=162,
         attrs={"attachedToRef": "Task_CheckCompleteness", "cancelActivity": "true"},
         timer="${deadlines.caseTimer(execution)}"),
    dict(id="Task_DeemAccepted", kind="serviceTask", name="视为受理（行政许可法第32条）", x=330, y=40,
         attrs={"camunda:delegateExpression": "${deemAcceptance}"}),
    dict(id="Gateway_Completeness", kind="exclusiveGateway", name="审查结果", x=355, y=195),
    dict(id="Event_NotAccepted", kind="endEvent", name="不予受理", x=362, y=330),
    dict(id="Task_Supplement", kind="userTask", name="补正材料", x=480, y=300,
         attrs={"camunda:candidateGroups": "${applicantGroup}", "camunda:dueDate": "${supplementTimers.expiry(execution)}"},
         props={"outcomes": "SUPPLEMENTED", "fields": ""}),
    dict(id="Timer_SupplementReminder", kind="boundaryEvent", name="到期前提醒", x=492, y=362,
         attrs={"attachedToRef": "Task_Supplement", "cancelActivity": "false"},
         timer="${supplementTimers.reminder(execution)}"),
    dict(id="Task_RemindApplicant", kind="serviceTask", name="提醒申请人补正", x=460, y=440,
         attrs={"camunda:delegateExpression": "${remindSupplement}"}),
    dict(id="Event_Reminded", kind="endEvent", name="已提醒", x=492, y=560),
    dict(id="Timer_SupplementExpired", kind="boundaryEvent", name="补正期限届满", x=562, y=362,
         attrs={"attachedToRef": "Task_Supplement", "cancelActivity": "true"},
         timer="${supplementTimers.expiry(execution)}"),
    dict(id="Task_WithdrawUnanswered", kind="serviceTask", name="逾期未补正，视为撤回", x=640, y=440,
         attrs={"camunda:delegateExpression": "${withdrawUnanswered}"}),
    dict(id="Event_Withdrawn", kind="endEvent", name="已撤回", x=672, y=560),
    dict(id="Gateway_Accepted", kind="exclusiveGateway", name="", x=520, y=195),
    dict(id="Task_Register", kind="userTask", name="登记备案", x=620, y=180,
         attrs={"camunda:candidateGroups": "HEALTH_REVIEWER", "camunda:dueDate": "${deadlines.caseDue(execution)}"},
         props={"outcomes": "APPROVE", "fields": ""}),
    dict(id="Task_SignOff", kind="userTask", name="负责人签发", x=790, y=180,
         attrs={"camunda:candidateGroups": "HEALTH_LEADER", "camunda:dueDate": "${deadlines.caseDue(execution)}"},
         props={"outcomes": "APPROVE,RETURN", "fields": ""}),
    dict(id="Gateway_SignOff", kind="exclusiveGateway", name="签发", x=965, y=195),
    dict(id="Event_Registered", kind="endEvent", name="备案完成", x=1070, y=202),
]
flows = [
    dict(id="Flow_Received", **{"from": "Event_Received", "to": "Task_CheckCompleteness"}),
    dict(id="Flow_Checked", **{"from": "Task_CheckCompleteness", "to": "Gateway_Completeness"}),
    dict(id="Flow_Accept", name="受理", cond="${outcome == 'ACCEPT'}", **{"from": "Gateway_Completeness", "to": "Gateway_Accepted"}),
    dict(id="Flow_Reject", name="不予受理", cond="${outcome == 'REJECT'}", **{"from": "Gateway_Completeness", "to": "Event_NotAccepted"}),
    dict(id="Flow_Supplement", name="一次性告知补正", cond="${outcome == 'SUPPLEMENT'}",
         via=[(380, 340)], **{"from": "Gateway_Completeness", "to": "Task_Supplement"}),
    dict(id="Flow_Supplemented", name="已补正", via=[(540, 270), (240, 270)], **{"from": "Task_Supplement", "to": "Task_CheckCompleteness"}),
    dict(id="Flow_Remind", **{"from": "Timer_SupplementReminder", "to": "Task_RemindApplicant"}),
    dict(id="Flow_Reminded", **{"from": "Task_RemindApplicant", "to": "Event_Reminded"}),
    dict(id="Flow_Expired", **{"from": "Timer_SupplementExpired", "to": "Task_WithdrawUnanswered"}),
    dict(id="Flow_Withdrawn", **{"from": "Task_WithdrawUnanswered", "to": "Event_Withdrawn"}),
    dict(id="Flow_Timeout", via=[(280, 80)], **{"from": "Timer_CaseDeadline_Acceptance", "to": "Task_DeemAccepted"}),
    dict(id="Flow_Deemed", via=[(545, 80)], **{"from": "Task_DeemAccepted", "to": "Gateway_Accepted"}),
    dict(id="Flow_ToRegister", **{"from": "Gateway_Accepted", "to": "Task_Register"}),
    dict(id="Flow_Registered", **{"from": "Task_Register", "to": "Task_SignOff"}),
    dict(id="Flow_SignedOff", **{"from": "Task_SignOff", "to": "Gateway_SignOff"}),
    dict(id="Flow_Issue", name="签发", cond="${outcome == 'APPROVE'}", **{"from": "Gateway_SignOff", "to": "Event_Registered"}),
    dict(id="Flow_Return", name="退回重办", cond="${outcome == 'RETURN'}", via=[(990, 140), (680, 140)],
         **{"from": "Gateway_SignOff", "to": "Task_Register"}),
]
write(os.path.join(ROOT, "clinic-filing.bpmn"), "clinic-filing", "养老机构内设医疗机构备案", nodes, flows,
      "养老机构内设医疗机构备案 (国卫办医发〔2017〕38号; 行政许可法 Art. 32): 5 working days to accept, one-time supplement "
      "notice with the clock paused, deemed acceptance on timeout, registration and sign-off within 10 working days. "
      "Generated by tools/clinic_filing_bpmn.py")

supervision_nodes = [
    dict(id="Event_Registered", kind="startEvent", name="备案完成", x=100, y=122),
    dict(id="Timer_NextRound", kind="intermediateCatchEvent", name="到期前30日", x=200, y=122,
         timer="${supervision.createAt(execution)}"),
    dict(id="Task_StartInspection", kind="serviceTask", name="发起监督检查", x=300, y=100,
         attrs={"camunda:delegateExpression": "${startSupervisionInspection}"}),
    dict(id="Task_NextRound", kind="serviceTask", name="排定下一次检查", x=480, y=100,
         attrs={"camunda:delegateExpression": "${scheduleNextSupervision}"}),
]
supervision_flows = [
    dict(id="Flow_First", **{"from": "Event_Registered", "to": "Timer_NextRound"}),
    dict(id="Flow_Due", **{"from": "Timer_NextRound", "to": "Task_StartInspection"}),
    dict(id="Flow_Opened", **{"from": "Task_StartInspection", "to": "Task_NextRound"}),
    dict(id="Flow_Again", via=[(540, 60), (218, 60)], **{"from": "Task_NextRound", "to": "Timer_NextRound"}),
]
write(os.path.join(ROOT, "clinic-supervision.bpmn"), "clinic-supervision", "内设医疗机构监督检查排期",
      supervision_nodes, supervision_flows,
      "Supervision of a filed in-house clinic (DOMAIN.md §2.1): first on-site inspection within 3 months of opening, "
      "then every 6 months; 30 days before each round is due (at once if that has passed) the timer opens an inspection case (SupervisionDue → cn.yiyang.inspection: checklist by two "
      "randomly picked HEALTH inspectors, 限期整改 cycle). Deleted when the filing is revoked. Generated by tools/clinic_filing_bpmn.py")
