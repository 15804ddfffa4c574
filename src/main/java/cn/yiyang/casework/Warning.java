package cn.yiyang.casework;

/** Deadline warning (DOMAIN.md §3): yellow at 3 working days or fewer left (or 80% used), red when overdue. */
public enum Warning {
    NONE("正常"), YELLOW("临期"), RED("超期");

    private final String label;

    Warning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
