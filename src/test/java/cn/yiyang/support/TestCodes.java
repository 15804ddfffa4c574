package cn.yiyang.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh identifiers for tests (the embedded database keeps its data between runs). */
public final class TestCodes {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestCodes() {
    }

    /** A valid, random 统一社会信用代码 of region 533103. */
    public static String creditCode() {
        StringBuilder sb = new StringBuilder("52533103");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(sb.charAt(i)) * WEIGHTS[i];
        }
        return sb.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A short random token to tell this run's rows apart. */
    public static String token() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
    }
}
