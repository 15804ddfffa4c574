package cn.yiyang.reporting;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.reporting.internal.Indicators;
import cn.yiyang.reporting.internal.Indicators.Period;
import cn.yiyang.reporting.internal.ReportingMapper;
import cn.yiyang.reporting.internal.ReportingMapper.IndicatorRow;
import cn.yiyang.reporting.internal.ReportingMapper.Ratio;
import cn.yiyang.reporting.internal.ReportingMapper.TargetRow;
import cn.yiyang.reporting.internal.ReportingMapper.ValueRow;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 目标任务表 and the indicators (DOMAIN.md §2.6): targets per indicator, year and township; the computed indicators
 * from the case, institution and agreement tables; the entered ones per quarter with their source.
 */
@Service
public class IndicatorService {

    public static final String COUNTY = "";

    /** The on-time indicators whose card drills down to the late items behind them ({@link #lateItems}). */
    public static final java.util.Set<String> WITH_LATE_ITEMS = java.util.Set.of(Indicators.CASES_ON_TIME,
            Indicators.RECTIFICATION_ON_TIME, Indicators.RESULTS_PUBLISHED_ON_TIME);

    /** One township's figure of an indicator for the dashboard's bars. */
    public record TownshipPoint(String township, BigDecimal actual, BigDecimal target, boolean behind) {
    }

    /** One quarter's figure of an indicator for the dashboard's line. */
    public record TrendPoint(String quarter, BigDecimal actual, BigDecimal target) {
    }

    public record Target(String indicatorCode, String indicatorName, int year, String township, BigDecimal target,
                         String department, Integer taskNo, String taskText) {
    }

    public record EnteredValue(String indicatorCode, int year, int quarter, String township, BigDecimal value,
                               String source, String enteredBy, LocalDateTime enteredAt) {
    }

    private final ReportingMapper mapper;
    private final Indicators computed;
    private final InstitutionService institutions;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    IndicatorService(ReportingMapper mapper, Indicators computed, InstitutionService institutions, Clock clock,
                     jakarta.validation.Validator validator) {
        this.mapper = mapper;
        this.computed = computed;
        this.institutions = institutions;
        this.clock = clock;
        this.validator = validator;
    }

    /** The forms' Bean Validation, for callers that bypass it (the UI): the same messages as the API's 400. */
    private void validate(Object form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new FieldErrors(violations.stream().map(v -> new FieldErrors.FieldError(
                    v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    /** Every indicator of a year for the county ({@code township} blank) or one township, against its target. */
    @Transactional(readOnly = true)
    public List<IndicatorResult> indicators(CurrentUser user, int year, String township) {
        requireReader(user);
        String place = place(township);
        Period period = Period.ofYear(year, today());
        Map<String, Map<String, Ratio>> ratios = computed.all(user.regionCode(), period);
        List<TargetRow> targets = mapper.targets(user.regionCode(), year, null);
        List<ValueRow> values = mapper.values(user.regionCode(), year, year, null);
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorRow i : mapper.indicators()) {
            BigDecimal target = target(targets, i.code(), place).orElse(null);
            if ("COMPUTED".equals(i.kind())) {
                Ratio r = ratios.getOrDefault(i.code(), Map.of()).get(place);
                BigDecimal actual = r == null ? null : Indicators.percent(r);
                out.add(new IndicatorResult(i.code(), i.name(), i.unit(), i.kind(), i.department(), target, actual,
                        "系统计算（截至 " + period.asOf() + "）", behind(actual, target),
                        r == null ? 0L : r.numerator(), r == null ? 0L : r.denominator()));
            } else {
                Optional<ValueRow> v = values.stream().filter(x -> x.indicatorCode().equals(i.code())
                        && x.township().equals(place)).max(Comparator.comparingInt(ValueRow::quarter));
                BigDecimal actual = v.map(ValueRow::value).orElse(null);
                out.add(new IndicatorResult(i.code(), i.name(), i.unit(), i.kind(), i.department(), target, actual,
                        v.map(x -> x.source() + "（" + x.year() + "年第" + x.quarter() + "季度）").orElse("尚未填报"),
                        behind(actual, target), null, null));
            }
        }
        return out;
    }

    /** One indicator by township for a year (the county first), red where behind its target. */
    @Transactional(readOnly = true)
    public List<TownshipPoint> byTownship(CurrentUser user, String code, int year) {
        requireReader(user);
        IndicatorRow indicator = indicator(code);
        List<TargetRow> targets = mapper.targets(user.regionCode(), year, code);
        List<String> places = new ArrayList<>(institutions.townships(user.regionCode()));
        Map<String, Ratio> ratios = "COMPUTED".equals(indicator.kind())
                ? computed.one(code, user.regionCode(), Period.ofYear(year, today())) : Map.of();
        List<ValueRow> values = "ENTERED".equals(indicator.kind())
                ? mapper.values(user.regionCode(), year, year, code) : List.of();
        List<TownshipPoint> out = new ArrayList<>();
        for (String place : places) {
            BigDecimal actual = "COMPUTED".equals(indicator.kind())
                    ? Optional.ofNullable(ratios.get(place)).map(Indicators::percent).orElse(null)
                    : values.stream().filter(v -> v.township().equals(place))
                    .max(Comparator.comparingInt(ValueRow::quarter)).map(ValueRow::value).orElse(null);
            BigDecimal target = target(targets, code, place).orElse(null);
            out.add(new TownshipPoint(place, actual, target, behind(actual, target)));
        }
        return out;
    }

    /** One indicator quarter by quarter over the previous and the given year, up to today. */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(CurrentUser user, String code, String township, int year) {
        requireReader(user);
        IndicatorRow indicator = indicator(code);
        String place = place(township);
        List<ValueRow> values = mapper.values(user.regionCode(), year - 1, year, code);
        List<TrendPoint> out = new ArrayList<>();
        for (Period q : Period.quartersOf(year - 1, year, today())) {
            BigDecimal actual;
            if ("COMPUTED".equals(indicator.kind())) {
                actual = Optional.ofNullable(computed.one(code, user.regionCode(), q).get(place))
                        .map(Indicators::percent).orElse(null);
            } else {
                actual = values.stream().filter(v -> v.year() == q.year() && v.quarter() == q.quarter()
                        && v.township().equals(place)).map(ValueRow::value).findFirst().orElse(null);
            }
            BigDecimal target = target(mapper.targets(user.regionCode(), q.year(), code), code, place).orElse(null);
            out.add(new TrendPoint(q.year() + "Q" + q.quarter(), actual, target));
        }
        return out;
    }

    /** The elderly care institutions of a township and how each provides medical services (the coverage drill-down). */
    @Transactional(readOnly = true)
    public List<InstitutionCoverage> coverageDetail(CurrentUser user, String township) {
        requireReader(user);
        LocalDate day = today();
        return mapper.coverageDetail(user.regionCode(), township == null || township.isBlank() ? null : township,
                day, day.plusDays(1));
    }

    /**
     * The late items behind an on-time indicator of a year (the drill-down from its card): late cases, late
     * rectifications or late publications, of the county ({@code township} blank) or one township, paged.
     */
    @Transactional(readOnly = true)
    public PageResult<LateItem> lateItems(CurrentUser user, String code, int year, String township, PageRequest page) {
        requireReader(user);
        Period p = Period.ofYear(year, today());
        String place = township == null || township.isBlank() ? null : township.strip();
        String region = user.regionCode();
        List<ReportingMapper.LateRow> rows;
        long total;
        switch (code) {
            case Indicators.CASES_ON_TIME, Indicators.RECTIFICATION_ON_TIME -> {
                boolean rectification = Indicators.RECTIFICATION_ON_TIME.equals(code);
                rows = mapper.lateCases(region, rectification, p.from(), p.to(), p.asOf(), place, page.size(),
                        page.offset());
                total = mapper.countLateCases(region, rectification, p.from(), p.to(), p.asOf(), place);
            }
            case Indicators.RESULTS_PUBLISHED_ON_TIME -> {
                rows = mapper.latePublications(region, p.from(), p.to(), p.asOf(), place, page.size(), page.offset());
                total = mapper.countLatePublications(region, p.from(), p.to(), p.asOf(), place);
            }
            default -> throw new NotFoundException("该指标没有逾期清单：" + code);
        }
        return new PageResult<>(rows.stream().map(r -> new LateItem(r.caseNo(), r.matter(), r.applicantName(),
                r.title(), r.township(), r.due(), r.doneAt())).toList(), page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<Target> targets(CurrentUser user, int year) {
        requireReader(user);
        Map<String, String> names = names();
        return mapper.targets(user.regionCode(), year, null).stream().map(t -> new Target(t.indicatorCode(),
                names.get(t.indicatorCode()), t.year(), t.township(), t.target(), t.department(), t.taskNo(),
                t.taskText())).toList();
    }

    @Transactional(readOnly = true)
    public List<EnteredValue> enteredValues(CurrentUser user, int year) {
        requireReader(user);
        return mapper.values(user.regionCode(), year, year, null).stream().map(v -> new EnteredValue(
                v.indicatorCode(), v.year(), v.quarter(), v.township(), v.value(), v.source(), v.enteredBy(),
                v.enteredAt())).toList();
    }

    /** An ADMIN or SUPERVISOR keeps the target table; the same indicator, year and township is replaced. */
    @Transactional
    public Target setTarget(CurrentUser user, TargetForm form) {
        if (!user.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedProblem("只有系统管理员或领导小组办公室可以维护目标任务表");
        }
        validate(form);
        IndicatorRow indicator = indicator(form.indicatorCode());
        String place = checkedPlace(user, form.township());
        mapper.upsertTarget(user.regionCode(), new TargetRow(indicator.code(), form.year(), place, form.target(),
                form.department().strip(), form.taskNo(), form.taskText()), user.username(), LocalDateTime.now(clock));
        return new Target(indicator.code(), indicator.name(), form.year(), place, form.target(),
                form.department().strip(), form.taskNo(), form.taskText());
    }

    /** The responsible department (or the SUPERVISOR) enters a quarter's value of an entered indicator. */
    @Transactional
    public EnteredValue enter(CurrentUser user, String code, IndicatorValueForm form) {
        validate(form);
        IndicatorRow indicator = indicator(code);
        if (!"ENTERED".equals(indicator.kind())) {
            throw new BusinessRuleException("INDICATOR_COMPUTED", indicator.name() + "由系统根据办件数据计算，不需填报");
        }
        boolean responsible = user.hasAny(Role.REVIEWER, Role.LEADER)
                && indicator.department().equals(user.departmentCode());
        if (!responsible && !user.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedProblem(indicator.name() + "由责任单位填报（" + indicator.department() + "）");
        }
        String place = checkedPlace(user, form.township());
        LocalDate quarterStart = LocalDate.of(form.year(), form.quarter() * 3 - 2, 1);
        new FieldErrors.Collector().check(!quarterStart.isAfter(today()), "quarter", "不能填报尚未开始的季度")
                .throwIfAny();
        // serialised per indicator: a double click or a retried request finds the value already there (409) rather
        // than writing it twice; a different value replaces the earlier one, as before
        mapper.lockIndicator(code);
        ValueRow current = mapper.value(user.regionCode(), code, form.year(), form.quarter(), place);
        if (current != null && current.value().compareTo(form.value()) == 0
                && current.source().equals(form.source().strip())) {
            throw new ConflictException("该季度已填报相同数值（" + current.enteredBy() + "，" + current.enteredAt()
                    .toLocalDate() + "），无需重复提交，请刷新");
        }
        ValueRow row = new ValueRow(code, form.year(), form.quarter(), place, form.value(), form.source().strip(),
                user.username(), LocalDateTime.now(clock));
        mapper.upsertValue(user.regionCode(), row);
        return new EnteredValue(code, row.year(), row.quarter(), place, row.value(), row.source(), row.enteredBy(),
                row.enteredAt());
    }

    public Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        mapper.indicators().forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    private IndicatorRow indicator(String code) {
        return mapper.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这个指标：" + code));
    }

    private String checkedPlace(CurrentUser user, String township) {
        String place = place(township);
        new FieldErrors.Collector().check(place.isEmpty() || institutions.townships(user.regionCode()).contains(place),
                "township", "本县（市、区）没有这个乡镇（街道）：" + place).throwIfAny();
        return place;
    }

    private static String place(String township) {
        return township == null ? COUNTY : township.strip();
    }

    /** The township's own target, else the county's. */
    private static Optional<BigDecimal> target(List<TargetRow> targets, String code, String place) {
        Optional<BigDecimal> own = targets.stream().filter(t -> t.indicatorCode().equals(code)
                && t.township().equals(place)).map(TargetRow::target).findFirst();
        return own.isPresent() ? own : targets.stream().filter(t -> t.indicatorCode().equals(code)
                && t.township().isEmpty()).map(TargetRow::target).findFirst();
    }

    private static boolean behind(BigDecimal actual, BigDecimal target) {
        return actual != null && target != null && actual.compareTo(target) < 0;
    }

    static void requireReader(CurrentUser user) {
        if (user.isApplicant() || !user.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.REVIEWER)) {
            throw new AccessDeniedProblem("无权查看目标任务和指标");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
