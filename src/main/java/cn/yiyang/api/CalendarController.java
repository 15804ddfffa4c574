package cn.yiyang.api;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.HolidayYear;
import cn.yiyang.calendar.WorkingDayCalendar;
import cn.yiyang.identity.CurrentUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Validated
class CalendarController {

    private final CalendarService calendar;

    CalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/due")
    WorkingDayCalendar.DueDate due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @Min(value = 0, message = "工作日数不能为负数")
                                   @Max(value = 3650, message = "工作日数不能超过 3650") int workingDays) {
        return calendar.due(from, workingDays);
    }

    record Years(Set<Integer> years, Integer missingYear) {
    }

    @GetMapping("/years")
    Years years() {
        CalendarService.CalendarStatus status = calendar.status();
        return new Years(status.loadedYears(), status.missingYear());
    }

    @GetMapping("/years/{year}")
    HolidayYear year(@PathVariable int year) {
        return calendar.year(year);
    }

    @PutMapping("/years/{year}")
    HolidayYear replace(@PathVariable int year, @Valid @RequestBody HolidayYear data) {
        calendar.replaceYear(CurrentUsers.require(), year, data);
        return calendar.year(year);
    }
}
