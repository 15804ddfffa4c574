package cn.yiyang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.calendar.internal.CalendarMapper.DayRow;
import cn.yiyang.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class CalendarMapperTest {

    @Autowired CalendarMapper mapper;

    @Test
    void the_bundled_years_2020_to_2026_are_loaded_at_start() {
        assertThat(mapper.years()).extracting(CalendarMapper.YearRow::year)
                .contains(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        List<DayRow> nationalDay = mapper.daysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 11));
        assertThat(nationalDay).extracting(DayRow::day).containsExactly(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 10));
        assertThat(nationalDay.get(0).offDay()).isTrue();
        assertThat(nationalDay.get(0).name()).isEqualTo("国庆节");
        assertThat(nationalDay.get(7).offDay()).isFalse();
    }

    @Test
    void a_year_is_replaced_by_deleting_its_days_and_inserting_the_new_ones() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        LocalDate to = LocalDate.of(2031, 12, 31);
        mapper.deleteDays(from, to);
        mapper.insertDays(List.of(new DayRow(LocalDate.of(2031, 1, 1), true, "元旦"),
                new DayRow(LocalDate.of(2031, 1, 4), false, "元旦")));
        mapper.upsertYear(2031, "paper-a", "test");
        mapper.upsertYear(2031, "paper-b", "test");

        assertThat(mapper.daysBetween(from, to)).containsExactly(new DayRow(LocalDate.of(2031, 1, 1), true, "元旦"),
                new DayRow(LocalDate.of(2031, 1, 4), false, "元旦"));
        assertThat(mapper.years()).filteredOn(y -> y.year() == 2031).extracting(CalendarMapper.YearRow::papers)
                .containsExactly("paper-b");
        mapper.deleteDays(from, to);
        assertThat(mapper.daysBetween(from, to)).isEmpty();
    }
}
