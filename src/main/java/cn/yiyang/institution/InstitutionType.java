package cn.yiyang.institution;

/** 养老机构 / 医疗机构 / 医养结合机构. */
public enum InstitutionType {
    ELDERLY_CARE("养老机构"),
    MEDICAL("医疗机构"),
    COMBINED("医养结合机构");

    private final String label;

    InstitutionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Elderly care in the sense of 38号: may file an in-house clinic or apply for a medical institution. */
    public boolean providesElderlyCare() {
        return this == ELDERLY_CARE || this == COMBINED;
    }
}
