package cn.yiyang.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 (GB 11643-1999). Personal information (《个人信息保护法》): only ever shown masked, never logged.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11) && hasValidBirthDate(id);
    }

    private static boolean hasValidBirthDate(String id) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1850;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** 110105********002X: region kept, birth date hidden, last four kept. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
