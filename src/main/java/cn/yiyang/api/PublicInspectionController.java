package cn.yiyang.api;

import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.inspection.InspectionService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 一公开 (API.md "Public"): the check-item list and the draw records, without personal data. */
@RestController
@RequestMapping("/api/v1/public")
class PublicInspectionController {

    private final InspectionService inspections;

    PublicInspectionController(InspectionService inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/check-items")
    List<CheckItem> checkItems() {
        return inspections.checkItems();
    }

    /** The draw's record: seed, population, pool and result by display name, withdrawals by reason only. */
    @GetMapping("/draws/{id}")
    DrawRecord.Public draw(@PathVariable long id) {
        return inspections.publicDraw(id);
    }
}
