package cn.yiyang.api;

import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.PublishedResult;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 一公开 (API.md "Public"): the check-item list and the draw records, without personal data. */
@RestController
@RequestMapping("/api/v1/public")
class PublicInspectionController {

    private final InspectionService inspections;
    private final Clock clock;

    PublicInspectionController(InspectionService inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @GetMapping("/check-items")
    List<CheckItem> checkItems() {
        return inspections.checkItems();
    }

    /** Published inspection results of a year (default this year): institution and outcome, no personal data. */
    @GetMapping("/inspection-results")
    List<PublishedResult> results(@RequestParam(required = false) Integer year) {
        return inspections.publishedResults(year == null ? java.time.LocalDate.now(clock).getYear() : year);
    }

    /** The draw's record: seed, population, pool and result by display name, withdrawals by reason only. */
    @GetMapping("/draws/{id}")
    DrawRecord.Public draw(@PathVariable long id) {
        return inspections.publicDraw(id);
    }
}
