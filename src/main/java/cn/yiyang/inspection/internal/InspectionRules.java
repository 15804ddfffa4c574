package cn.yiyang.inspection.internal;

/** Process keys and task keys of the inspection module. */
public final class InspectionRules {

    /** 抽查计划审批: the department's LEADER approves a plan before its draw. */
    public static final String PLAN_PROCESS = "inspection-plan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";

    private InspectionRules() {
    }
}
