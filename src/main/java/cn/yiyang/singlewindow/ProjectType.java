package cn.yiyang.singlewindow;

import java.util.Arrays;
import java.util.Optional;

/** What the founder builds: a new building, or a renovation or extension of an existing one (一事一议 applies to these). */
public enum ProjectType {
    NEW_BUILD("新建"),
    RENOVATION("改建"),
    EXTENSION("扩建");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
