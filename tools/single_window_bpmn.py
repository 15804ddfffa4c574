"""Generates processes/single-window.bpmn (医养结合机构"一个窗口"办理) and processes/single-window-track.bpmn (one
department's review on its own track)."""
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import write

ROOT = os.path.join(os.path.dirname(__file__), "..", "processes")


def user(id, name, x, y, group, due, outcomes, fields=""):
    return dict(id=id, kind="userTask", name=name, x=x, y=y,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": due},
                props={"outcomes": outcomes, "fields": fields})


def timer(id, name, x, y, attached, expression, cancel):
    return dict(id=id, kind="boundaryEvent", name=name, x=x, y=y,
                attrs={"attachedToRef": attached, "cancelActivity": cancel}, timer=expression)


def service(id, name, x, y, bean):
    return dict(id=id, kind="serviceTask", name=name, x=x, y=y, attrs={"camunda:delegateExpression": "${%s}" % bean})


def flow(id, source, target, name=None, cond=None, via=None, expr=None):
    f = {"id": id, "from": source, "to": target}
    if name:
        f["name"] = name
    if cond:
        f["cond"] = "${outcome == '%s'}" % cond
    if expr:
        f["cond"] = expr
    if via:
        f["via"] = via
    return f


CASE_DUE = "${deadlines.caseDue(execution)}"
CASE_TIMER = "${deadlines.caseTimer(execution)}"
TERMINATE = ["<bpmn:terminateEventDefinition/>"]

nodes = [
    dict(id="Event_Received", kind="startEvent", name="收到申请", x=100, y=202),
    user("Task_CheckCompleteness", "窗口受理", 180, 180, "WINDOW", CASE_DUE, "ACCEPT,SUPPLEMENT,REJECT", "missing"),
    timer("Timer_CaseDeadline_Acceptance", "5个工作日届满", 262, 162, "Task_CheckCompleteness", CASE_TIMER, "true"),
    service("Task_DeemAccepted", "视为受理（行政许可法第32条）", 330, 40, "deemAcceptance"),
    dict(id="Gateway_Completeness", kind="exclusiveGateway", name="受理结果", x=355, y=195),
    dict(id="Event_NotAccepted", kind="endEvent", name="不予受理", x=362, y=330),
    user("Task_Supplement", "补正材料", 480, 300, "${applicantGroup}", "${supplementTimers.expiry(execution)}", "SUPPLEMENTED"),
    timer("Timer_SupplementReminder", "到期前提醒", 492, 362, "Task_Supplement", "${supplementTimers.reminder(execution)}", "false"),
    service("Task_RemindApplicant", "提醒申请人补正", 460, 440, "remindSupplement"),
    dict(id="Event_Reminded", kind="endEvent", name="已提醒", x=492, y=560),
    timer("Timer_SupplementExpired", "补正期限届满", 562, 362, "Task_Supplement", "${supplementTimers.expiry(execution)}", "true"),
    service("Task_WithdrawUnanswered", "逾期未补正，视为撤回", 640, 440, "withdrawUnanswered"),
    dict(id="Event_Withdrawn", kind="endEvent", name="已撤回", x=672, y=560, xml=TERMINATE),
    dict(id="Gateway_Supplemented", kind="exclusiveGateway", name="补正后", x=655, y=315),
    dict(id="Gateway_Accepted", kind="exclusiveGateway", name="", x=520, y=195),
    service("Task_StartReview", "分送各部门", 620, 180, "singleWindowStart"),
    dict(id="Gateway_Split", kind="parallelGateway", name="并联审查", x=800, y=195),
    # the medical part: licence-2in1 on its own case, once
    dict(id="Gateway_HasMedical", kind="exclusiveGateway", name="有医疗部分？", x=900, y=60),
    service("Task_OpenLicenceCase", "建立两证合一子案件", 1000, 45, "singleWindowLicenceCase"),
    dict(id="Call_Licence", kind="callActivity", name="卫健：两证合一", x=1160, y=45,
         attrs={"calledElement": "licence-2in1"},
         xml=['<bpmn:extensionElements>',
              '  <camunda:in source="licenceCaseId" target="caseId"/>',
              '  <camunda:in source="applicantGroup" target="applicantGroup"/>',
              '  <camunda:out source="licenceOutcome" target="licenceOutcome"/>',
              '</bpmn:extensionElements>']),
    service("Task_LicenceDone", "记录卫健结果", 1320, 45, "singleWindowLicenceDone"),
    dict(id="Gateway_HealthDone", kind="exclusiveGateway", name="", x=1560, y=60),
    # the other departments: review rounds
    service("Task_OpenRound", "开始审查轮次", 900, 180, "singleWindowRound"),
    dict(id="Call_Tracks", kind="callActivity", name="各部门并联审查", x=1060, y=180,
         attrs={"calledElement": "single-window-track"},
         xml=['<bpmn:extensionElements>',
              '  <camunda:in source="caseId" target="caseId"/>',
              '  <camunda:in source="department" target="department"/>',
              '</bpmn:extensionElements>',
              '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${singleWindowTracks.waiting(execution)}" '
              'camunda:elementVariable="department"/>']),
    timer("Timer_CaseDeadline_Overall", "45个工作日届满", 1142, 162, "Call_Tracks", CASE_TIMER, "false"),
    service("Task_Overdue", "超期提醒", 1160, 300, "singleWindowOverdue"),
    dict(id="Event_OverdueNoted", kind="endEvent", name="已提醒", x=1192, y=420),
    service("Task_CloseRound", "汇总本轮意见", 1240, 180, "singleWindowRoundClosed"),
    dict(id="Gateway_Round", kind="exclusiveGateway", name="本轮结果", x=1400, y=195),
    user("Task_MergeSupplements", "合并补正通知", 1380, 420, "WINDOW", CASE_DUE, "SUPPLEMENT"),
    user("Task_ReferToGov", "民政提请一事一议", 1500, 300, "CIVIL_REVIEWER", CASE_DUE, "REFER"),
    user("Task_Deliberate", "一事一议（县政府）", 1660, 300, "GOV_REVIEWER", "${deadlines.workingDays(15)}", "DECIDED",
         "meetingDate,participants,decision,conditions,departments"),
    dict(id="Gateway_Join", kind="parallelGateway", name="", x=1560, y=195),
    user("Task_Deliver", "统一出件", 1680, 180, "WINDOW", CASE_DUE, "DELIVER"),
    dict(id="Event_Delivered", kind="endEvent", name="已办结", x=1860, y=202),
]
flows = [
    flow("Flow_Received", "Event_Received", "Task_CheckCompleteness"),
    flow("Flow_Checked", "Task_CheckCompleteness", "Gateway_Completeness"),
    flow("Flow_Accept", "Gateway_Completeness", "Gateway_Accepted", "受理", "ACCEPT"),
    flow("Flow_Reject", "Gateway_Completeness", "Event_NotAccepted", "不予受理", "REJECT"),
    flow("Flow_Supplement", "Gateway_Completeness", "Task_Supplement", "一次性告知补正", "SUPPLEMENT", [(380, 340)]),
    flow("Flow_Supplemented", "Task_Supplement", "Gateway_Supplemented"),
    flow("Flow_BackToAcceptance", "Gateway_Supplemented", "Task_CheckCompleteness", "受理阶段",
         expr="${stage != 'REVIEW'}", via=[(680, 270), (240, 270)]),
    flow("Flow_BackToReview", "Gateway_Supplemented", "Task_OpenRound", "审查阶段：提出补正的部门重新审查",
         expr="${stage == 'REVIEW'}", via=[(960, 340)]),
    flow("Flow_Remind", "Timer_SupplementReminder", "Task_RemindApplicant"),
    flow("Flow_Reminded", "Task_RemindApplicant", "Event_Reminded"),
    flow("Flow_Expired", "Timer_SupplementExpired", "Task_WithdrawUnanswered"),
    flow("Flow_Withdrawn", "Task_WithdrawUnanswered", "Event_Withdrawn"),
    flow("Flow_Timeout", "Timer_CaseDeadline_Acceptance", "Task_DeemAccepted", via=[(280, 80)]),
    flow("Flow_Deemed", "Task_DeemAccepted", "Gateway_Accepted", via=[(545, 80)]),
    flow("Flow_ToStart", "Gateway_Accepted", "Task_StartReview"),
    flow("Flow_ToSplit", "Task_StartReview", "Gateway_Split"),
    flow("Flow_ToHealth", "Gateway_Split", "Gateway_HasMedical", via=[(825, 85)]),
    flow("Flow_Medical", "Gateway_HasMedical", "Task_OpenLicenceCase", "有", expr="${hasMedicalPart}"),
    flow("Flow_NoMedical", "Gateway_HasMedical", "Gateway_HealthDone", "无：卫健不涉及", expr="${!hasMedicalPart}",
         via=[(925, 20), (1585, 20)]),
    flow("Flow_ToLicence", "Task_OpenLicenceCase", "Call_Licence"),
    flow("Flow_LicenceEnded", "Call_Licence", "Task_LicenceDone"),
    flow("Flow_HealthDecided", "Task_LicenceDone", "Gateway_HealthDone"),
    flow("Flow_HealthJoined", "Gateway_HealthDone", "Gateway_Join"),
    flow("Flow_ToRound", "Gateway_Split", "Task_OpenRound"),
    flow("Flow_ToTracks", "Task_OpenRound", "Call_Tracks"),
    flow("Flow_Late", "Timer_CaseDeadline_Overall", "Task_Overdue"),
    flow("Flow_LateNoted", "Task_Overdue", "Event_OverdueNoted"),
    flow("Flow_Reviewed", "Call_Tracks", "Task_CloseRound"),
    flow("Flow_RoundClosed", "Task_CloseRound", "Gateway_Round"),
    flow("Flow_RoundSupplement", "Gateway_Round", "Task_MergeSupplements", "有部门要求补正",
         expr="${roundOutcome == 'SUPPLEMENT'}", via=[(1425, 460)]),
    flow("Flow_NoticeSent", "Task_MergeSupplements", "Task_Supplement", "一份补正通知", via=[(540, 460)]),
    flow("Flow_RoundRefer", "Gateway_Round", "Task_ReferToGov", "提请一事一议", expr="${roundOutcome == 'REFER'}",
         via=[(1425, 340)]),
    flow("Flow_Referred", "Task_ReferToGov", "Task_Deliberate"),
    flow("Flow_Deliberated", "Task_Deliberate", "Task_OpenRound", "相关部门按会议条件重新审查",
         via=[(1720, 520), (960, 520)]),
    flow("Flow_RoundDone", "Gateway_Round", "Gateway_Join", "各部门均已决定", expr="${roundOutcome == 'DONE'}"),
    flow("Flow_ToDeliver", "Gateway_Join", "Task_Deliver"),
    flow("Flow_Delivered", "Task_Deliver", "Event_Delivered"),
]
write(os.path.join(ROOT, "single-window.bpmn"), "single-window", "医养结合机构一个窗口办理", nodes, flows,
      "医养结合机构\"一个窗口\"办理 (DOMAIN.md 2.3; 行政许可法 Arts. 26, 32, 42): window acceptance within 5 working days "
      "(supplement, deemed acceptance), parallel review by CIVIL, PLANNING, CONSTRUCTION and FIRE in rounds, HEALTH "
      "through licence-2in1 on its own sub-case, one merged supplement notice per round, 一事一议 by the county "
      "government, 统一出件 within 45 working days (+15 once). Generated by tools/single_window_bpmn.py",
      "Business data (tracks, requests, meetings) lives in sw_* tables; variables only route: caseId, applicantGroup, "
      "stage, hasMedicalPart, licenceCaseId, licenceOutcome, roundOutcome, department (per track instance).")

track_nodes = [
    dict(id="Event_TrackStarted", kind="startEvent", name="分送本部门", x=100, y=122),
    service("Task_TrackStarted", "开始本部门时限", 180, 100, "singleWindowTrackStarted"),
    dict(id="Task_Review", kind="userTask", name="部门审查", x=360, y=100,
         attrs={"camunda:candidateGroups": "${department}_REVIEWER",
                "camunda:dueDate": "${singleWindowTracks.stepDue(execution)}"},
         props={"outcomes": "APPROVE,SUPPLEMENT,REFUSE,REFER", "fields": "missing"}),
    timer("Timer_StepDeadline", "本部门时限届满", 442, 162, "Task_Review",
          "${singleWindowTracks.stepTimer(execution)}", "false"),
    service("Task_StepOverdue", "超期提醒部门负责人", 410, 240, "singleWindowTrackOverdue"),
    dict(id="Event_StepOverdueNoted", kind="endEvent", name="已提醒", x=442, y=360),
    dict(id="Event_TrackDecided", kind="endEvent", name="本部门已决定", x=560, y=122),
]
track_flows = [
    flow("Flow_ToStep", "Event_TrackStarted", "Task_TrackStarted"),
    flow("Flow_ToReview", "Task_TrackStarted", "Task_Review"),
    flow("Flow_Late", "Timer_StepDeadline", "Task_StepOverdue"),
    flow("Flow_LateNoted", "Task_StepOverdue", "Event_StepOverdueNoted"),
    flow("Flow_Decided", "Task_Review", "Event_TrackDecided"),
]
write(os.path.join(ROOT, "single-window-track.bpmn"), "single-window-track", "一个窗口：部门审查", track_nodes,
      track_flows,
      "One department's track of a single-window case: review with its own step limit (yellow/red even when the case "
      "is on time), APPROVE / SUPPLEMENT / REFUSE / REFER (一事一议). Called once per department and round by "
      "single-window. Generated by tools/single_window_bpmn.py",
      "In: caseId, department. The decision is recorded in sw_track by the task's outcome handler.")
