package cn.yiyang.licensing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of medical institution an elderly care institution may ask to set up (DOMAIN.md §2.2), and those the
 * county may not license: for these the applicant is told which authority handles them instead (行政许可法 Art. 32).
 */
public enum LicenceKind {
    NURSING_HOME_HOSPITAL("护理院", "HLY", null),
    REHAB_HOSPITAL("康复医院", "KFY", null),
    HOSPICE("安宁疗护中心", "ANL", null),
    NURSING_CENTRE("护理中心", "HLZX", null),
    OUTPATIENT("门诊部", "MZB", null),
    CLINIC("诊所", "ZS", null),
    INFIRMARY("医务室", "YWS", null),
    NURSING_STATION("护理站", "HLZ", null),
    EMERGENCY_CENTRE("急救中心", null, "州（市）卫生健康委员会"),
    EMERGENCY_STATION("急救站", null, "州（市）卫生健康委员会"),
    CLINICAL_LAB("临床检验中心", null, "州（市）卫生健康委员会"),
    SINO_FOREIGN_JV("中外合资合作医疗机构", null, "省卫生健康委员会"),
    HMT_OWNED("港澳台独资医疗机构", null, "省卫生健康委员会");

    private final String label;
    private final String code;
    private final String authorityInstead;

    LicenceKind(String label, String code, String authorityInstead) {
        this.label = label;
        this.code = code;
        this.authorityInstead = authorityInstead;
    }

    public String label() {
        return label;
    }

    /** Letters in the registration number (登记号). */
    public String code() {
        return code;
    }

    /** Excluded from the county's 两证合一 licensing: the authority to go to instead; null when the county licenses it. */
    public String authorityInstead() {
        return authorityInstead;
    }

    public boolean licensable() {
        return authorityInstead == null;
    }

    public static Optional<LicenceKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
