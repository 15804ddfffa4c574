package cn.yiyang.api;

import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.CheckItemForm;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionPlanRequest;
import cn.yiyang.inspection.InspectionService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** 双随机、一公开 (API.md "Inspection"): check items, plans, the draw and its record. */
@RestController
class InspectionController {

    /** The caller's seed; any 64-bit integer. */
    record DrawRequest(@NotNull(message = "请填写随机种子") Long seed) {
    }

    /** 回避 declared for an inspector and an institution (relative, former employee …). */
    record ConflictRequest(@jakarta.validation.constraints.NotBlank(message = "请填写执法人员账号") String inspector,
                           @NotNull(message = "请选择机构") Long institutionId,
                           @jakarta.validation.constraints.NotBlank(message = "请填写回避事由")
                           @jakarta.validation.constraints.Size(max = 300, message = "回避事由不能超过 300 字") String reason) {
    }

    private final InspectionService inspections;
    private final Idempotency idempotency;
    private final RequestHash hash;

    InspectionController(InspectionService inspections, Idempotency idempotency, RequestHash hash) {
        this.inspections = inspections;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    @GetMapping("/api/v1/check-items")
    List<CheckItem> checkItems() {
        return inspections.checkItems();
    }

    @PostMapping("/api/v1/check-items")
    ResponseEntity<CheckItem> addCheckItem(@Valid @RequestBody CheckItemForm form) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(inspections.saveCheckItem(CurrentUsers.require(), form, true));
    }

    @PutMapping("/api/v1/check-items/{code}")
    CheckItem editCheckItem(@PathVariable String code, @Valid @RequestBody CheckItemForm form) {
        CheckItemForm same = new CheckItemForm(code, form.name(), form.basis(), form.department(), form.method());
        return inspections.saveCheckItem(CurrentUsers.require(), same, false);
    }

    /** A SUPERVISOR's plan: 201 with its id and case number; the department LEADER approves it as a task. */
    @PostMapping("/api/v1/inspection-plans")
    ResponseEntity<InspectionPlan> createPlan(@Valid @RequestBody InspectionPlanRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("inspection-plans", request),
                () -> String.valueOf(inspections.createPlan(user, request).id()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(inspections.plan(user, Long.parseLong(result.resource())));
    }

    @GetMapping("/api/v1/inspection-plans/{id}")
    InspectionPlan plan(@PathVariable long id) {
        return inspections.plan(CurrentUsers.require(), id);
    }

    @GetMapping("/api/v1/inspection-plans/{id}/inspections")
    List<Inspection> inspections(@PathVariable long id) {
        return inspections.inspections(CurrentUsers.require(), id);
    }

    /** 双随机: the same seed over the same population and pool gives the same draw; a plan is drawn once. */
    @PostMapping("/api/v1/inspection-plans/{id}/draw")
    ResponseEntity<DrawRecord> draw(@PathVariable long id, @Valid @RequestBody DrawRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(inspections.draw(CurrentUsers.require(), id, request.seed()));
    }

    /** 一公开: the department LEADER publishes the plan's results once every inspection is signed. */
    @PostMapping("/api/v1/inspection-plans/{id}/publish")
    InspectionPlan publish(@PathVariable long id) {
        return inspections.publish(CurrentUsers.require(), id);
    }

    /** Declares a conflict (ADMIN, SUPERVISOR, or the inspector for themselves); later draws withdraw the inspector. */
    @PostMapping("/api/v1/inspector-conflicts")
    ResponseEntity<Void> declareConflict(@Valid @RequestBody ConflictRequest request) {
        inspections.declareConflict(CurrentUsers.require(), request.inspector(), request.institutionId(),
                request.reason().strip());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @GetMapping("/api/v1/draws/{id}")
    DrawRecord drawRecord(@PathVariable long id) {
        return inspections.drawRecord(CurrentUsers.require(), id);
    }
}
