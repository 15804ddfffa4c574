package cn.yiyang.casework;

/** The status of a case as a person understands it (DOMAIN.md §5). */
public enum CaseStatus {
    DRAFT("草稿", false),
    SUBMITTED("已提交", false),
    PENDING_ACCEPTANCE("待受理", false),
    SUPPLEMENTING("补正中", false),
    ACCEPTED("已受理", false),
    UNDER_REVIEW("审查中", false),
    ONSITE("现场核验", false),
    PENDING_DECISION("待决定", false),
    REGISTERING("登记发证", false),
    RECTIFYING("整改中", false),
    CLOSED("已办结", true),
    NOT_ACCEPTED("不予受理", true),
    REFUSED("不予许可", true),
    WITHDRAWN("已撤回", true);

    private final String label;
    private final boolean terminal;

    CaseStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    public String label() {
        return label;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
