package cn.yiyang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar over the real bundled 2026 holiday file (国办发明电〔2025〕 for 2026). */
class WorkingDayCalendarTest {

    static HolidayYear year2026;
    static WorkingDayCalendar cal;

    @BeforeAll
    static void load() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream("calendar/2026.json")) {
            year2026 = json.readValue(in, HolidayYear.class);
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        year2026.days().forEach(d -> exceptions.put(d.date(), d.isOffDay()));
        cal = new WorkingDayCalendar(exceptions, Set.of(2026));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_bundled_file_reads_into_a_holiday_year() {
        assertThat(year2026.year()).isEqualTo(2026);
        assertThat(year2026.days()).isNotEmpty().allSatisfy(day -> {
            assertThat(day.date()).isNotNull();
            assertThat(day.isOffDay()).isNotNull();
        });
    }

    @Test
    void the_day_of_receipt_is_not_counted() {
        // Monday 2026-03-02: one working day later is Tuesday, not Monday itself
        assertThat(cal.due(d("2026-03-02"), 1).due()).isEqualTo(d("2026-03-03"));
        assertThat(cal.due(d("2026-03-02"), 5).due()).isEqualTo(d("2026-03-09"));
    }

    @Test
    void spring_festival_2026_holidays_are_off_and_the_make_up_saturdays_are_working_days() {
        assertThat(cal.isWorkingDay(d("2026-02-14"))).isTrue();  // Saturday, make-up
        assertThat(cal.isWorkingDay(d("2026-02-28"))).isTrue();  // Saturday, make-up
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(cal.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        // received Fri 13 Feb: Sat 14 (1), 24, 25, 26 (4), 27 (5)
        assertThat(cal.due(d("2026-02-13"), 5)).isEqualTo(new WorkingDayCalendar.DueDate(d("2026-02-27"), false));
        // one more: Sat 28 Feb is a make-up working day
        assertThat(cal.due(d("2026-02-13"), 6).due()).isEqualTo(d("2026-02-28"));
    }

    @Test
    void national_day_2026_is_skipped_and_its_make_up_saturdays_count() {
        assertThat(cal.isWorkingDay(d("2026-09-20"))).isTrue();  // Sunday, make-up
        assertThat(cal.isWorkingDay(d("2026-10-10"))).isTrue();  // Saturday, make-up
        for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
            assertThat(cal.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        // received Wed 30 Sep: 8 Oct (1), 9 Oct (2), Sat 10 Oct make-up (3), 12 Oct (4)
        assertThat(cal.due(d("2026-09-30"), 3).due()).isEqualTo(d("2026-10-10"));
        assertThat(cal.due(d("2026-09-30"), 4).due()).isEqualTo(d("2026-10-12"));
        // Mid-Autumn (25–27 Sep) and the make-up Sunday 20 Sep: received Fri 18 Sep, 5 days → 20, 21, 22, 23, 24
        assertThat(cal.due(d("2026-09-18"), 5).due()).isEqualTo(d("2026-09-24"));
        assertThat(cal.due(d("2026-09-18"), 6).due()).isEqualTo(d("2026-09-28"));
    }

    @Test
    void a_deadline_that_would_end_on_a_day_off_moves_to_the_next_working_day() {
        // received on a holiday, nothing to count: the limit ends on the next working day
        assertThat(cal.due(d("2026-10-03"), 0).due()).isEqualTo(d("2026-10-08"));
        assertThat(cal.due(d("2026-02-15"), 0).due()).isEqualTo(d("2026-02-24"));
        // received during the holiday: the first working day after it is day 1
        assertThat(cal.due(d("2026-10-02"), 1).due()).isEqualTo(d("2026-10-08"));
        // whatever the start, the end is always a working day
        for (LocalDate from = d("2026-01-01"); from.getYear() == 2026 && from.isBefore(d("2026-12-01")); from = from.plusDays(1)) {
            for (int n : new int[] {0, 1, 3, 20}) {
                assertThat(cal.isWorkingDay(cal.due(from, n).due())).as(from + " + " + n).isTrue();
            }
        }
    }

    @Test
    void a_due_date_past_the_loaded_years_is_provisional() {
        WorkingDayCalendar.DueDate inYear = cal.due(d("2026-12-01"), 10);
        assertThat(inYear.provisional()).isFalse();
        WorkingDayCalendar.DueDate across = cal.due(d("2026-12-20"), 20);
        assertThat(across.due().getYear()).isEqualTo(2027);
        assertThat(across.provisional()).isTrue();
        // 2027 is counted Monday–Friday: 2026-12-21..31 are 9 working days, then 11 more in January 2027
        assertThat(across.due()).isEqualTo(d("2027-01-15"));
    }

    @Test
    void working_days_between_counts_after_the_start_up_to_and_including_the_end() {
        assertThat(cal.workingDaysBetween(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
        assertThat(cal.workingDaysBetween(d("2026-10-10"), d("2026-09-30"))).isEqualTo(-3);
        assertThat(cal.workingDaysBetween(d("2026-02-13"), d("2026-02-27"))).isEqualTo(5);
        assertThat(cal.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
        // consistent with due()
        assertThat(cal.workingDaysBetween(d("2026-04-30"), cal.due(d("2026-04-30"), 12).due())).isEqualTo(12);
    }
}
