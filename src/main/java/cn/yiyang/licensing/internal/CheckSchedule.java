package cn.yiyang.licensing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 校验 of a 医疗机构执业许可证 (《医疗机构管理条例》 Art. 22, 实施细则 Art. 35): yearly under 100 beds, every 3 years
 * at 100 beds or more, within the 5-year validity.
 */
final class CheckSchedule {

    static final int VALID_YEARS = 5;
    static final int REMIND_DAYS_AHEAD = 30;

    private CheckSchedule() {
    }

    static int intervalYears(int beds) {
        return beds >= 100 ? 3 : 1;
    }

    static LocalDate validUntil(LocalDate issuedOn) {
        return issuedOn.plusYears(VALID_YEARS).minusDays(1);
    }

    /** The check due at round {@code n} (1, 2, …). */
    static LocalDate check(LocalDate issuedOn, int intervalYears, int n) {
        return issuedOn.plusYears((long) intervalYears * n);
    }

    /** Every check due within the validity. */
    static List<LocalDate> checks(LocalDate issuedOn, int intervalYears) {
        List<LocalDate> out = new ArrayList<>();
        for (int n = 1; !check(issuedOn, intervalYears, n).isAfter(validUntil(issuedOn)); n++) {
            out.add(check(issuedOn, intervalYears, n));
        }
        return out;
    }

    /** The first check on or after {@code today}; null when none is left within the validity. */
    static LocalDate next(LocalDate issuedOn, int intervalYears, LocalDate today) {
        return checks(issuedOn, intervalYears).stream().filter(d -> !d.isBefore(today)).findFirst().orElse(null);
    }
}
