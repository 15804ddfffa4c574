package cn.yiyang.licensing;

import java.util.Arrays;
import java.util.Optional;

/** 医疗机构级别: the county licenses 二级 and below; 三级 is the province's (《医疗机构管理条例》). */
public enum LicenceGrade {
    UNGRADED("未定级"), LEVEL_1("一级"), LEVEL_2("二级"), LEVEL_3("三级");

    private final String label;

    LicenceGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LicenceGrade> parse(String value) {
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst();
    }
}
