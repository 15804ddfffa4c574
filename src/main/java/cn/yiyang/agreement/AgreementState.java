package cn.yiyang.agreement;

/** Where an agreement stands today; computed from its dates and steps, so an expired one never looks valid. */
public enum AgreementState {
    PENDING("待合作方确认"),
    ACKNOWLEDGING("待民政、卫健备案确认"),
    EFFECTIVE("有效"),
    EXPIRING("30日内到期"),
    EXPIRED("已过期"),
    DECLINED("未达成");

    private final String label;

    AgreementState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the agreement covers the institution today (counts towards coverage). */
    public boolean valid() {
        return this == EFFECTIVE || this == EXPIRING || this == ACKNOWLEDGING;
    }
}
