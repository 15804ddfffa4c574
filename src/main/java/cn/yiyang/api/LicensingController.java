package cn.yiyang.api;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceApplication;
import cn.yiyang.licensing.LicenceApplicationRequest;
import cn.yiyang.licensing.LicenceChangeRequest;
import cn.yiyang.licensing.LicenceChangeService;
import cn.yiyang.licensing.LicenceRegister;
import cn.yiyang.licensing.LicensingService;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 设置审批与执业登记"两证合一" (API.md "Starting a matter") and the licence register. */
@RestController
class LicensingController {

    private final LicensingService licensing;
    private final LicenceRegister register;
    private final CaseViews views;
    private final Idempotency idempotency;
    private final RequestHash hash;
    private final LicenceChangeService changes;

    LicensingController(LicensingService licensing, LicenceRegister register, CaseViews views, Idempotency idempotency,
                        RequestHash hash, LicenceChangeService changes) {
        this.changes = changes;
        this.licensing = licensing;
        this.register = register;
        this.views = views;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    /** Creates the application as a draft case: 201 the case with the materials it requires; 422 if excluded. */
    @PostMapping("/api/v1/licence-applications")
    ResponseEntity<CaseView> create(@Valid @RequestBody LicenceApplicationRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("licence-applications", request),
                () -> licensing.create(user, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }

    @GetMapping("/api/v1/licence-applications/{caseNo}")
    LicenceApplication details(@PathVariable String caseNo) {
        return licensing.details(CurrentUsers.require(), caseNo);
    }

    /** The licence register: validity and next 校验; an applicant sees its own institution's licences. */
    @GetMapping("/api/v1/licences")
    PageResult<Licence> licences(@RequestParam(required = false) String kind,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return register.list(CurrentUsers.require(), kind, PageRequest.of(page, size));
    }

    /** Change registration of one's own licence as a draft case: 201 the case with the materials it requires. */
    @PostMapping("/api/v1/licences/{registrationNo}/changes")
    ResponseEntity<CaseView> change(@PathVariable String registrationNo, @Valid @RequestBody LicenceChangeRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key,
                hash.of("licence-changes/" + registrationNo, request),
                () -> changes.create(user, registrationNo, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }
}
