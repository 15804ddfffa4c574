package cn.yiyang.casework;

/** The documents a case issues (DOMAIN.md §5), each with its own number series: 芒卫受字〔2026〕0001号. */
public enum DocumentKind {
    ACCEPTANCE_NOTICE("受理通知书", "受"),
    SUPPLEMENT_NOTICE("补正材料通知书", "补"),
    REJECTION_DECISION("不予受理决定书", "不受"),
    FILING_RECEIPT("备案凭证", "备"),
    PRACTICE_LICENCE("医疗机构执业许可证", "证"),
    APPROVAL_DECISION("准予许可决定书", "准"),
    REFUSAL_DECISION("不予许可决定书", "不准"),
    WITHDRAWAL_NOTICE("撤回通知书", "撤"),
    DEEMED_ACCEPTANCE_NOTICE("视为受理告知书", "视受"),
    RECTIFICATION_NOTICE("责令限期整改通知书", "改"),
    INSPECTION_RECORD("检查记录", "检"),
    ONSITE_NOTICE("现场核验告知书", "核"),
    EXTENSION_NOTICE("延期告知书", "延"),
    PRACTICE_LICENCE_COPY("医疗机构执业许可证（副本）", "证副"),
    MEETING_MINUTES("一事一议会议纪要", "议"),
    RESULT_NOTICE("办理结果告知书", "结");

    private final String label;
    private final String numberWord;

    DocumentKind(String label, String numberWord) {
        this.label = label;
        this.numberWord = numberWord;
    }

    public String label() {
        return label;
    }

    public String numberWord() {
        return numberWord;
    }

    public static String labelOf(String name) {
        try {
            return valueOf(name).label;
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
