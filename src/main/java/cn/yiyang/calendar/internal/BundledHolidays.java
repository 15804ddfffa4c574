package cn.yiyang.calendar.internal;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.HolidayYear;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Loads the bundled 2020–2026 holiday files (holiday-cn, MIT) for every year the database does not have yet. */
@Component
@Order(1)
class BundledHolidays implements ApplicationRunner {

    private final CalendarService calendar;
    private final CalendarMapper mapper;
    private final ObjectMapper json;

    BundledHolidays(CalendarService calendar, CalendarMapper mapper, ObjectMapper json) {
        this.calendar = calendar;
        this.mapper = mapper;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Set<Integer> loaded = mapper.years().stream().map(CalendarMapper.YearRow::year).collect(Collectors.toSet());
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                HolidayYear year = json.readValue(in, HolidayYear.class);
                if (!loaded.contains(year.year())) {
                    calendar.importYear(year.year(), year, "system");
                }
            }
        }
        calendar.reload();
    }

    /** Picks up an edit made on another node of a cluster. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void refresh() {
        calendar.reload();
    }
}
