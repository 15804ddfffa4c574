package cn.yiyang.institution;

/** 经营性质: 非营利 / 营利. */
public enum Profit {
    NON_PROFIT("非营利"), FOR_PROFIT("营利");

    private final String label;

    Profit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
