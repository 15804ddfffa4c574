package cn.yiyang.api;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.singlewindow.SingleWindowApplication;
import cn.yiyang.singlewindow.SingleWindowRequest;
import cn.yiyang.singlewindow.SingleWindowService;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** 医养结合机构"一个窗口"办理 (API.md "Starting a matter"): the application, its tracks, the one extension. */
@RestController
class SingleWindowController {

    private final SingleWindowService singleWindow;
    private final CaseViews views;
    private final Idempotency idempotency;
    private final RequestHash hash;

    SingleWindowController(SingleWindowService singleWindow, CaseViews views, Idempotency idempotency, RequestHash hash) {
        this.singleWindow = singleWindow;
        this.views = views;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    /** Creates the application as a draft case: 201 the case with the one set of materials it requires. */
    @PostMapping("/api/v1/single-window-applications")
    ResponseEntity<CaseView> create(@Valid @RequestBody SingleWindowRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("single-window-applications", request),
                () -> singleWindow.create(user, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }

    /** The application with every department's track (waiting, reviewing, asked for supplements, approved, refused). */
    @GetMapping("/api/v1/single-window-applications/{caseNo}")
    SingleWindowApplication details(@PathVariable String caseNo) {
        return singleWindow.details(CurrentUsers.require(), caseNo);
    }

    record ExtensionRequest(String reason) {
    }

    /** The county government's LEADER extends the 45 working days by 15, once (行政许可法 Art. 42). */
    @PostMapping("/api/v1/single-window-applications/{caseNo}/extension")
    SingleWindowApplication extend(@PathVariable String caseNo, @RequestBody ExtensionRequest request) {
        return singleWindow.extend(CurrentUsers.require(), caseNo, request.reason());
    }
}
