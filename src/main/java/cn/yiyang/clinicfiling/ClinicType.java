package cn.yiyang.clinicfiling;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of in-house medical institution an elderly care institution files instead of applying (38号). */
public enum ClinicType {
    CLINIC("诊所"),
    HEALTH_ROOM("卫生所（室）"),
    INFIRMARY("医务室"),
    NURSING_STATION("护理站");

    private final String label;

    ClinicType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ClinicType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
