package cn.yiyang.singlewindow;

/** Where one department's review stands, as the applicant sees it. */
public enum TrackState {
    WAITING("待审查"),
    REVIEWING("审查中"),
    SUPPLEMENT("要求补正"),
    REFERRED("提请一事一议"),
    APPROVED("同意"),
    REFUSED("不同意"),
    SKIPPED("不涉及");

    private final String label;

    TrackState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Approved or refused: the department's result is ready for 统一出件. */
    public boolean decided() {
        return this == APPROVED || this == REFUSED;
    }
}
