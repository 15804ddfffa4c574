package cn.yiyang.reporting.internal;

import cn.yiyang.reporting.internal.ReportingMapper.CoverageRow;
import cn.yiyang.reporting.internal.ReportingMapper.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The computed indicators: each one SQL aggregate by township (WITH ROLLUP for the county, keyed ""), never a loop
 * over cases or institutions.
 */
@Component
public class Indicators {

    public static final String MEDICAL_SERVICE_SHARE = "MEDICAL_SERVICE_SHARE";
    public static final String AGREEMENT_COVERAGE = "AGREEMENT_COVERAGE";
    public static final String CASES_ON_TIME = "CASES_ON_TIME";
    public static final String RECTIFICATION_ON_TIME = "RECTIFICATION_ON_TIME";
    public static final String RESULTS_PUBLISHED_ON_TIME = "RESULTS_PUBLISHED_ON_TIME";

    /**
     * What a figure covers: cases decided in [from, to), institutions as they stand on {@code asOf}. For a year up
     * to today, or a quarter.
     */
    public record Period(int year, int quarter, LocalDate from, LocalDate to, LocalDate asOf) {

        public static Period ofYear(int year, LocalDate today) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate asOf = end.isAfter(today) ? today : end;
            return new Period(year, 0, LocalDate.of(year, 1, 1), asOf.plusDays(1), asOf);
        }

        /** The quarters of {@code fromYear}..{@code toYear} that have begun by today, the current one up to today. */
        public static List<Period> quartersOf(int fromYear, int toYear, LocalDate today) {
            List<Period> out = new ArrayList<>();
            for (int y = fromYear; y <= toYear; y++) {
                for (int q = 1; q <= 4; q++) {
                    LocalDate start = LocalDate.of(y, q * 3 - 2, 1);
                    if (start.isAfter(today)) {
                        return out;
                    }
                    LocalDate end = start.plusMonths(3).minusDays(1);
                    LocalDate asOf = end.isAfter(today) ? today : end;
                    out.add(new Period(y, q, start, asOf.plusDays(1), asOf));
                }
            }
            return out;
        }
    }

    private final ReportingMapper mapper;

    Indicators(ReportingMapper mapper) {
        this.mapper = mapper;
    }

    /** Every computed indicator: code → township ("" the county) → ratio. */
    public Map<String, Map<String, Ratio>> all(String region, Period p) {
        Map<String, Map<String, Ratio>> out = new HashMap<>();
        List<CoverageRow> coverage = mapper.coverage(region, p.asOf(), p.asOf().plusDays(1));
        out.put(MEDICAL_SERVICE_SHARE, byPlace(coverage.stream()
                .map(c -> new Ratio(c.township(), c.providing(), c.institutions())).toList()));
        out.put(AGREEMENT_COVERAGE, byPlace(coverage.stream()
                .map(c -> new Ratio(c.township(), c.covered(), c.withoutClinic())).toList()));
        out.put(CASES_ON_TIME, byPlace(mapper.onTime(region, false, p.from(), p.to(), p.asOf())));
        out.put(RECTIFICATION_ON_TIME, byPlace(mapper.onTime(region, true, p.from(), p.to(), p.asOf())));
        out.put(RESULTS_PUBLISHED_ON_TIME, byPlace(mapper.publishedOnTime(region, p.from(), p.to(), p.asOf())));
        return out;
    }

    /** One computed indicator: township ("" the county) → ratio. */
    public Map<String, Ratio> one(String code, String region, Period p) {
        return switch (code) {
            case MEDICAL_SERVICE_SHARE -> byPlace(mapper.coverage(region, p.asOf(), p.asOf().plusDays(1)).stream()
                    .map(c -> new Ratio(c.township(), c.providing(), c.institutions())).toList());
            case AGREEMENT_COVERAGE -> byPlace(mapper.coverage(region, p.asOf(), p.asOf().plusDays(1)).stream()
                    .map(c -> new Ratio(c.township(), c.covered(), c.withoutClinic())).toList());
            case CASES_ON_TIME -> byPlace(mapper.onTime(region, false, p.from(), p.to(), p.asOf()));
            case RECTIFICATION_ON_TIME -> byPlace(mapper.onTime(region, true, p.from(), p.to(), p.asOf()));
            case RESULTS_PUBLISHED_ON_TIME -> byPlace(mapper.publishedOnTime(region, p.from(), p.to(), p.asOf()));
            default -> Map.of();
        };
    }

    /** Percent with one decimal; null when nothing is counted (no institutions, no decided cases). */
    public static BigDecimal percent(Ratio r) {
        if (r.denominator() == 0) {
            return null;
        }
        return BigDecimal.valueOf(r.numerator() * 100L).divide(BigDecimal.valueOf(r.denominator()), 1,
                RoundingMode.HALF_UP);
    }

    private static Map<String, Ratio> byPlace(List<Ratio> rows) {
        Map<String, Ratio> out = new HashMap<>();
        rows.forEach(r -> out.put(r.township() == null ? "" : r.township(), r));
        return out;
    }
}
