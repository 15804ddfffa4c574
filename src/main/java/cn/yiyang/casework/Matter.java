package cn.yiyang.casework;

/** The matters (事项) the system handles; each has its own case-number series and lead department. */
public enum Matter {
    CLINIC_FILING("NSBA", "养老机构内设医疗机构备案", "HEALTH"),
    LICENCE_2IN1("LHXK", "医疗机构设置审批与执业登记（两证合一）", "HEALTH"),
    LICENCE_CHANGE("BGDJ", "医疗机构变更登记", "HEALTH"),
    SINGLE_WINDOW("YCBL", "医养结合机构一个窗口办理", "WINDOW"),
    INSPECTION("SJJC", "双随机抽查", "HEALTH"),
    RECTIFICATION("XQZG", "限期整改", "HEALTH"),
    AGREEMENT("YYXY", "医养合作协议", "CIVIL"),
    AGREEMENT_SUBSIDY("YYBZ", "医养合作协议费用补助", "CIVIL");

    private final String prefix;
    private final String label;
    private final String leadDepartment;

    Matter(String prefix, String label, String leadDepartment) {
        this.prefix = prefix;
        this.label = label;
        this.leadDepartment = leadDepartment;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    public String leadDepartment() {
        return leadDepartment;
    }
}
