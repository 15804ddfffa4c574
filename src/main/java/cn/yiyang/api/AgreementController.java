package cn.yiyang.api;

import static cn.yiyang.reporting.Xlsx.col;

import cn.yiyang.agreement.Agreement;
import cn.yiyang.agreement.AgreementRequest;
import cn.yiyang.agreement.AgreementService;
import cn.yiyang.agreement.AgreementState;
import cn.yiyang.agreement.SubsidyClaim;
import cn.yiyang.agreement.SubsidyClaimRequest;
import cn.yiyang.agreement.SubsidyService;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.reporting.Xlsx;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 医养合作协议 (API.md "Agreements, targets, exports"). */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementController {

    static final List<Xlsx.Column<Agreement>> COLUMNS = List.of(
            col("案件编号", Agreement::caseNo), col("状态", Agreement::stateLabel),
            col("养老机构", Agreement::institutionName), col("统一社会信用代码", Agreement::institutionCreditCode),
            col("乡镇（街道）", Agreement::township), col("合作医疗机构", Agreement::partnerName),
            col("服务内容", a -> String.join("、", a.services())), col("年服务费用（元）", Agreement::annualFee),
            col("开始日期", Agreement::periodStart), col("结束日期", Agreement::periodEnd),
            col("报备时间", Agreement::submittedAt), col("合作方确认", Agreement::confirmedAt),
            col("民政局备案", Agreement::civilAcknowledgedAt), col("卫健局备案", Agreement::healthAcknowledgedAt));

    private final AgreementService agreements;
    private final SubsidyService subsidies;
    private final CaseViews views;
    private final Idempotency idempotency;
    private final RequestHash hash;

    AgreementController(AgreementService agreements, SubsidyService subsidies, CaseViews views, Idempotency idempotency,
                        RequestHash hash) {
        this.agreements = agreements;
        this.subsidies = subsidies;
        this.views = views;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    /** Files the agreement as a draft case: 201 the case, with the signed text as its required material. */
    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody AgreementRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("agreements", request),
                () -> agreements.create(user, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }

    @GetMapping
    PageResult<Agreement> list(@RequestParam(required = false) AgreementState status,
                               @RequestParam(required = false) String township,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return agreements.list(CurrentUsers.require(), status, township, PageRequest.of(page, size));
    }

    @GetMapping(path = {"", "/export.xlsx"}, produces = Xlsx.MEDIA_TYPE)
    void export(@RequestParam(required = false) AgreementState status,
                @RequestParam(required = false) String township, HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        Exports.send(response, "医养合作协议", "医养合作协议", COLUMNS, p -> agreements.list(user, status, township, p));
    }

    @GetMapping("/{caseNo}")
    Agreement details(@PathVariable String caseNo) {
        return agreements.details(CurrentUsers.require(), caseNo);
    }

    /** 补助申请: 201 the draft claim case (upload the payment proof, then submit it like any case). */
    @org.springframework.web.bind.annotation.PostMapping("/{caseNo}/subsidy-claims")
    ResponseEntity<CaseView> claim(@PathVariable String caseNo, @Valid @RequestBody SubsidyClaimRequest request,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("subsidy-claims/" + caseNo, request),
                () -> subsidies.claim(user, caseNo, request).caseNo());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(user, result.resource()));
    }

    @GetMapping("/subsidy-claims/{caseNo}")
    SubsidyClaim subsidyClaim(@PathVariable String caseNo) {
        return subsidies.details(CurrentUsers.require(), caseNo);
    }

    @GetMapping("/services")
    List<String> templateServices() {
        return AgreementService.TEMPLATE_SERVICES;
    }
}
