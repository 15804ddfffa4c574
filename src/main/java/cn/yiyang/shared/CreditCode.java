package cn.yiyang.shared;

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17. */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARS.charAt(check);
    }

    /** The six-digit administrative region (GB/T 2260) the code was issued in. */
    public static String regionOf(String code) {
        return code.substring(2, 8);
    }
}
