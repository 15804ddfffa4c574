package cn.yiyang.api;

import cn.yiyang.casework.CaseViews;
import cn.yiyang.clinicfiling.ClinicRegistry;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may see without logging in (API.md "Public"). */
@RestController
@RequestMapping("/api/v1/public")
class PublicController {

    private final CaseViews views;
    private final ClinicRegistry registry;
    private final String region;

    PublicController(CaseViews views, ClinicRegistry registry, @Value("${yiyang.region-code}") String region) {
        this.views = views;
        this.registry = registry;
        this.region = region;
    }

    /** Progress by case number and the applicant's credit code: status and milestones, no personal data. */
    @GetMapping("/cases/{caseNo}")
    CaseViews.PublicProgress progress(@PathVariable String caseNo, @RequestParam String creditCode) {
        return views.publicProgress(caseNo, creditCode);
    }

    /** Filed in-house clinics (and, once licensing exists, licensed institutions). */
    @GetMapping("/registry")
    PageResult<ClinicRegistry.Entry> registry(@RequestParam(required = false) String type,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return registry.entries(region, type, PageRequest.of(page, size));
    }
}
