package cn.yiyang.institution;

/** 公办 / 民办. */
public enum Ownership {
    PUBLIC("公办"), PRIVATE("民办");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
