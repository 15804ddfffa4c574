package cn.yiyang.api;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.Idempotency;
import cn.yiyang.clinicfiling.ClinicFiling;
import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 养老机构内设医疗机构备案 (API.md "Starting a matter"). */
@RestController
@RequestMapping("/api/v1/clinic-filings")
class ClinicFilingController {

    private final ClinicFilingService filings;
    private final CaseViews views;
    private final Idempotency idempotency;
    private final RequestHash hash;

    ClinicFilingController(ClinicFilingService filings, CaseViews views, Idempotency idempotency, RequestHash hash) {
        this.filings = filings;
        this.views = views;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    /** Creates the filing as a draft case: 201 the case, with the materials it requires. */
    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody ClinicFilingRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("clinic-filings", request),
                () -> filings.create(user, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }

    @GetMapping("/{caseNo}")
    ClinicFiling details(@PathVariable String caseNo) {
        return filings.details(CurrentUsers.require(), caseNo);
    }
}
