package cn.yiyang.inspection.internal;

/** Process keys and task keys of the inspection module. */
public final class InspectionRules {

    /** 抽查计划审批: the department's LEADER approves a plan before its draw. */
    public static final String PLAN_PROCESS = "inspection-plan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";

    /** 检查与限期整改: one drawn target, its checklist, two signatures, rectification and verification. */
    public static final String INSPECTION_PROCESS = "inspection";
    public static final String TASK_INSPECT = "Task_Inspect";
    public static final String TASK_CO_SIGN = "Task_CoSign";
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_CIRCULATE = "Task_Circulate";

    /** 一公开: the department's LEADER publishes a plan's results once every target is signed. */
    public static final String PUBLICATION_PROCESS = "inspection-publication";
    public static final String TASK_PUBLISH = "Task_Publish";

    /** Working days from the end of the inspection within which the results are published. */
    public static final int PUBLICATION_DAYS = 20;

    /** Working days given to rectify unless the inspectors set another (1–60). */
    public static final int DEFAULT_RECTIFICATION_DAYS = 20;

    private InspectionRules() {
    }
}
