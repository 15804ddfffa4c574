package cn.yiyang.identity;

/** The roles of DOMAIN.md §1. */
public enum Role {
    APPLICANT("申请人"),
    WINDOW("综合窗口"),
    REVIEWER("审查人员"),
    LEADER("科室负责人"),
    INSPECTOR("执法检查人员"),
    SUPERVISOR("领导小组办公室"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
