package cn.yiyang.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** One year's holidays in the form of the holiday-cn files: only the exceptions to Monday–Friday. */
public record HolidayYear(@NotNull Integer year, List<String> papers, @NotNull @Valid List<Day> days) {

    /** isOffDay true: a holiday; false: a make-up working day on a weekend. */
    public record Day(String name, @NotNull LocalDate date, @NotNull Boolean isOffDay) {
    }
}
