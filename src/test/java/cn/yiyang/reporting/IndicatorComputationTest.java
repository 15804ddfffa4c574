package cn.yiyang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The computed indicators against hand-built townships: each edge the issue names, counted by SQL aggregates. */
@IntegrationTest
class IndicatorComputationTest {

    @Autowired IndicatorService indicators;
    @Autowired CountyFixture county;
    @Autowired Users users;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired CalendarService calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private IndicatorResult indicator(String township, String code) {
        return indicators.indicators(users.get("supervisor1"), LocalDate.now(clock).getYear(), township).stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static void assertRatio(IndicatorResult r, long numerator, long denominator, String percent) {
        assertThat(r.numerator()).as(r.code() + " numerator").isEqualTo(numerator);
        assertThat(r.denominator()).as(r.code() + " denominator").isEqualTo(denominator);
        assertThat(r.actual()).as(r.code()).isEqualByComparingTo(percent);
    }

    @Test
    void an_institution_provides_medical_services_with_its_own_clinic_or_a_valid_agreement_and_counts_once() {
        String town = CountyFixture.township();
        LocalDate today = LocalDate.now(clock);
        Institution partner = county.institution(town, InstitutionType.MEDICAL, false);
        county.institution(town, InstitutionType.ELDERLY_CARE, true);                 // own clinic
        Institution both = county.institution(town, InstitutionType.ELDERLY_CARE, true);  // clinic and agreement
        county.agreement(both, partner, today.minusMonths(2), today.plusMonths(10), true);
        Institution agreed = county.institution(town, InstitutionType.ELDERLY_CARE, false);
        county.agreement(agreed, partner, today.minusMonths(2), today.plusMonths(10), true);
        Institution expired = county.institution(town, InstitutionType.ELDERLY_CARE, false);
        county.agreement(expired, partner, today.minusMonths(13), today.minusMonths(1), true);
        county.institution(town, InstitutionType.ELDERLY_CARE, false);                // nothing at all
        Institution unconfirmed = county.institution(town, InstitutionType.ELDERLY_CARE, false);
        county.agreement(unconfirmed, partner, today.minusDays(5), today.plusMonths(11), false);

        // 6 elderly care institutions (the medical partner is not one); clinic, both, agreed provide: 3 of 6
        assertRatio(indicator(town, "MEDICAL_SERVICE_SHARE"), 3, 6, "50.0");
        // without a clinic: agreed, expired, nothing, unconfirmed; only "agreed" is covered: 1 of 4
        assertRatio(indicator(town, "AGREEMENT_COVERAGE"), 1, 4, "25.0");
        assertThat(indicators.coverageDetail(users.get("supervisor1"), town))
                .filteredOn(c -> c.partners() != null).hasSize(2);
    }

    @Test
    void cases_count_on_time_by_their_moved_due_day_paused_cases_are_not_late_and_withdrawn_ones_not_decided() {
        String town = CountyFixture.township();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.minusDays(30);
        Institution home = county.institution(town, InstitutionType.ELDERLY_CARE, false);
        county.caseRow(home, "CLINIC_FILING", "CLOSED", due, due.minusDays(1).atTime(10, 0));      // on time
        county.caseRow(home, "LICENCE_2IN1", "REFUSED", due, due.plusDays(3).atTime(10, 0));        // late
        long paused = county.caseRow(home, "LICENCE_2IN1", "CLOSED", due.plusDays(6), due.plusDays(4).atTime(9, 0));
        county.pause(paused, due.minusDays(10).atStartOfDay(), due.minusDays(4).atStartOfDay()); // due moved by it: on time
        long stillPaused = county.caseRow(home, "CLINIC_FILING", "SUPPLEMENTING", due, null);
        county.pause(stillPaused, due.minusDays(3).atStartOfDay(), null);                        // clock stands: not late
        county.caseRow(home, "CLINIC_FILING", "ACCEPTED", due, null);                              // open and overdue: late
        county.caseRow(home, "CLINIC_FILING", "ACCEPTED", today.plusDays(5), null);                // open, in time: not yet
        county.caseRow(home, "CLINIC_FILING", "WITHDRAWN", due, due.plusDays(9).atTime(9, 0));     // decided nothing
        county.caseRow(home, "RECTIFICATION", "CLOSED", due, due.minusDays(2).atTime(9, 0));       // rectified on time
        county.caseRow(home, "RECTIFICATION", "CLOSED", due, due.plusDays(2).atTime(9, 0));        // rectified late
        county.caseRow(home, "RECTIFICATION", "RECTIFYING", due, null);                            // still open, late

        assertRatio(indicator(town, "CASES_ON_TIME"), 2, 4, "50.0");
        assertRatio(indicator(town, "RECTIFICATION_ON_TIME"), 1, 3, "33.3");
        // the drill-down lists exactly the late ones: the refused licence and the open overdue filing; two rectifications
        CurrentUser supervisor = users.get("supervisor1");
        int year = today.getYear();
        assertThat(indicators.lateItems(supervisor, "CASES_ON_TIME", year, town, new PageRequest(0, 20)).items())
                .extracting(LateItem::matter).containsExactlyInAnyOrder("LICENCE_2IN1", "CLINIC_FILING");
        assertThat(indicators.lateItems(supervisor, "RECTIFICATION_ON_TIME", year, town, new PageRequest(0, 20))
                .total()).isEqualTo(2);
    }

    @Test
    void results_count_as_published_on_time_by_the_steps_20_working_day_due_day_across_national_day() {
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        String town = CountyFixture.township();
        Institution home = county.institution(town, InstitutionType.ELDERLY_CARE, false);
        LocalDate ended = LocalDate.of(2026, 9, 25);
        LocalDate due = calendar.due(ended, 20).due();
        // 国庆 2026 (Oct 1–7) lies inside: the 20 working days run past 28 calendar days, so the old count was wrong
        assertThat(due).isAfter(ended.plusDays(28));
        county.publication(home, due, due.atTime(16, 0));                   // on its due day, day 29+: on time
        county.publication(home, due, due.plusDays(1).atTime(9, 0));        // a day after the due day: late
        county.publication(home, LocalDate.of(2026, 11, 20), null);         // unpublished, past the due day: late
        county.publication(home, LocalDate.of(2026, 12, 10), null);         // unpublished, still within: not counted

        assertRatio(indicator(town, "RESULTS_PUBLISHED_ON_TIME"), 1, 3, "33.3");
        PageResult<LateItem> late = indicators.lateItems(users.get("supervisor1"), "RESULTS_PUBLISHED_ON_TIME", 2026,
                town, new PageRequest(0, 20));
        assertThat(late.total()).isEqualTo(2);
        assertThat(late.items()).extracting(LateItem::due).containsExactly(due, LocalDate.of(2026, 11, 20));
        assertThat(late.items()).extracting(LateItem::doneAt).containsExactly(due.plusDays(1).atTime(9, 0), null);
    }

    @Test
    void a_township_without_institutions_shows_no_figure_rather_than_zero_percent() {
        IndicatorResult none = indicator(CountyFixture.township(), "AGREEMENT_COVERAGE");
        assertThat(none.actual()).isNull();
        assertThat(none.behind()).isFalse();
    }

    @Test
    void targets_per_township_override_the_county_and_the_responsible_department_enters_its_quarter() {
        String town = CountyFixture.township();
        county.institution(town, InstitutionType.ELDERLY_CARE, true);
        CurrentUser supervisor = users.get("supervisor1");
        int year = LocalDate.now(clock).getYear();
        indicators.setTarget(supervisor, new TargetForm("FAMILY_DOCTOR_65", year, town, new BigDecimal("80"), "HEALTH",
                13, "积极推行老年人家庭健康管理签约服务"));
        int quarter = (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1;
        indicators.enter(users.get("health1"), "FAMILY_DOCTOR_65",
                new IndicatorValueForm(year, quarter, town, new BigDecimal("72.5"), "基本公卫系统季度报表"));

        IndicatorResult r = indicator(town, "FAMILY_DOCTOR_65");
        assertThat(r.target()).isEqualByComparingTo("80");
        assertThat(r.actual()).isEqualByComparingTo("72.5");
        assertThat(r.behind()).isTrue();
        assertThat(r.source()).contains("基本公卫系统季度报表");

        assertThatThrownBy(() -> indicators.enter(users.get("civil1"), "FAMILY_DOCTOR_65",
                new IndicatorValueForm(year, quarter, town, BigDecimal.ONE, "x"))).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> indicators.enter(supervisor, "CASES_ON_TIME",
                new IndicatorValueForm(year, quarter, town, BigDecimal.ONE, "x"))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> indicators.setTarget(users.get("health1"), new TargetForm("FAMILY_DOCTOR_65", year,
                town, BigDecimal.TEN, "HEALTH", null, null))).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> indicators.indicators(data.applicantOf(InstitutionType.ELDERLY_CARE), year, null))
                .isInstanceOf(AccessDeniedProblem.class);
        List<IndicatorService.TrendPoint> trend = indicators.trend(supervisor, "FAMILY_DOCTOR_65", town, year);
        assertThat(trend).anyMatch(p -> p.quarter().equals(year + "Q" + quarter) && p.actual() != null);
    }
}
